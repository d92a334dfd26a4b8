package com.lastmile.jira.scope;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which issues of a tree the user sees: those they may BROWSE whose parent in the tree they see too, so a hidden
 * goal hides its subtree (core's visibility rule) and nothing below it can hint at it. Roots were already
 * checked or searched as the user.
 */
public final class BrowseFilter {

    private final PermissionManager permissions;

    public BrowseFilter(PermissionManager permissions) {
        this.permissions = permissions;
    }

    public Set<Long> visible(ApplicationUser user, GoalTree tree, List<Issue> roots) {
        Set<Long> rootIds = new HashSet<>();
        roots.forEach(root -> rootIds.add(root.getId()));
        Map<Long, Boolean> decided = new HashMap<>();
        Set<Long> visible = new HashSet<>();
        for (Issue issue : tree.issues()) {
            if (isVisible(user, tree, issue, rootIds, decided, new HashSet<>())) {
                visible.add(issue.getId());
            }
        }
        return visible;
    }

    private boolean isVisible(ApplicationUser user, GoalTree tree, Issue issue, Set<Long> rootIds,
                              Map<Long, Boolean> decided, Set<Long> path) {
        Boolean known = decided.get(issue.getId());
        if (known != null) {
            return known;
        }
        boolean result;
        if (rootIds.contains(issue.getId())) {
            result = true;
        } else {
            path.add(issue.getId());
            Long parentId = tree.parentId(issue);
            Issue parent = parentId == null ? null : tree.get(parentId);
            // a parent outside the tree, or one on the path (a cycle), leaves the decision to the issue itself
            boolean parentSeen = parent == null || path.contains(parentId)
                    || isVisible(user, tree, parent, rootIds, decided, path);
            result = parentSeen && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
        }
        decided.put(issue.getId(), result);
        return result;
    }
}
