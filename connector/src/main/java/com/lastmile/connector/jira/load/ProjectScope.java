package com.lastmile.connector.jira.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope that holds one issue's tree when no query says otherwise: its whole project, {@code project = "LM"} for
 * LM-4. A goal's tree is more than the issues below it: its retrospective also needs its checkpoints' corrective
 * actions and its parent goals, which a project holds unless the tree spans projects.
 */
public final class ProjectScope {

    /** Jira's default project key pattern, which also keeps the key safe to quote in JQL. */
    private static final Pattern ISSUE_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)-[0-9]+");

    private ProjectScope() {
    }

    /** The JQL of the issue's project, or empty when the key is not a Jira issue key. */
    public static Optional<String> of(String issueKey) {
        Matcher key = ISSUE_KEY.matcher(issueKey);
        return key.matches() ? Optional.of("project = \"" + key.group(1) + "\"") : Optional.empty();
    }
}
