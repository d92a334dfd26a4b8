package com.lastmile.connector.jira.importer;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.Workspace;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project to import into: {@code --project}, else the prefix all item keys share ("LM" for LM-1, LM-2).
 * Checked against Jira's default key pattern, which also keeps the key safe to quote in JQL.
 */
final class ProjectKey {

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ISSUE_KEY = Pattern.compile("(.+)-\\d+");

    private ProjectKey() {
    }

    static String resolve(String option, Workspace workspace) {
        if (option != null) {
            if (!KEY.matcher(option).matches()) {
                throw new ImportInputException(List.of(
                        ImportProblem.of("import.input.project.invalid", option)));
            }
            return option;
        }
        Set<String> prefixes = new TreeSet<>();
        for (Item item : workspace.items()) {
            Matcher key = ISSUE_KEY.matcher(item.key());
            prefixes.add(key.matches() ? key.group(1) : item.key());
        }
        if (prefixes.size() != 1 || !KEY.matcher(prefixes.iterator().next()).matches()) {
            throw new ImportInputException(List.of(
                    ImportProblem.of("import.input.project.unknown", String.join(", ", prefixes))));
        }
        return prefixes.iterator().next();
    }
}
