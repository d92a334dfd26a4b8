package com.lastmile.jira.scope;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.core.model.ItemType;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.web.port.ScopeQuery;
import com.lastmile.web.port.UnknownKeyException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a scope starts: the {@code root} issue (which the user must be able to browse; unknown and hidden are
 * not told apart), else the issues of the {@code jql} query as the user, else every goal the user may browse.
 */
public final class ScopeRoots {

    private static final List<ItemType> GOALS = List.of(ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN, ItemType.TACTIC);

    private final IssueManager issues;
    private final PermissionManager permissions;
    private final IssueSearch search;

    public ScopeRoots(IssueManager issues, PermissionManager permissions, IssueSearch search) {
        this.issues = issues;
        this.permissions = permissions;
        this.search = search;
    }

    /**
     * @param issues the root issues, all browsable by the user
     * @param single whether the scope is one goal's subtree (its own parent is then outside the question)
     */
    public record Roots(List<Issue> issues, boolean single) {
    }

    public Roots of(ApplicationUser user, ScopeQuery query, JiraSettings settings) {
        if (query.root() != null) {
            Issue root = issues.getIssueObject(query.root());
            if (root == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, root, user)) {
                throw new UnknownKeyException(query.root());
            }
            return new Roots(List.of(root), true);
        }
        String jql = query.jql() != null ? query.jql() : allGoals(settings);
        return new Roots(search.asUser(user, jql), false);
    }

    /** The default scope: issues of the goal types, by mapped id where configured, else by standard name. */
    static String allGoals(JiraSettings settings) {
        String types = GOALS.stream()
                .map(type -> settings.issueTypeId(type).orElse("\"" + type.displayName() + "\""))
                .collect(Collectors.joining(", "));
        return "issuetype in (" + types + ")";
    }
}
