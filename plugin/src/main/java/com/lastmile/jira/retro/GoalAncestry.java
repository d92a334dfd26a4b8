package com.lastmile.jira.retro;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.core.model.ItemType;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.TypeMapping;
import com.lastmile.jira.scope.ContributesLinks;
import java.util.HashSet;
import java.util.Set;

/**
 * The highest goal above a goal that the user may browse, following "Contributes to" upwards, so that the
 * retrospective's scope includes the chain of parent goals. A goal hierarchy has at most a few levels: one
 * issue read per level, a cycle or a hidden parent ends the climb.
 */
public final class GoalAncestry {

    private final IssueManager issues;
    private final PermissionManager permissions;
    private final ContributesLinks links;

    public GoalAncestry(IssueManager issues, PermissionManager permissions, ContributesLinks links) {
        this.issues = issues;
        this.permissions = permissions;
        this.links = links;
    }

    public Issue top(ApplicationUser user, Issue goal, JiraSettings settings) {
        ContributesLinks.Index index = links.load(settings);
        TypeMapping types = new TypeMapping(settings);
        Set<Long> seen = new HashSet<>();
        Issue current = goal;
        while (seen.add(current.getId())) {
            Issue parent = parent(user, current, index, types);
            if (parent == null) {
                break;
            }
            current = parent;
        }
        return current;
    }

    private Issue parent(ApplicationUser user, Issue child, ContributesLinks.Index index, TypeMapping types) {
        for (Long target : index.targetsOf(child.getId())) {
            Issue candidate = issues.getIssueObject(target);
            if (candidate != null && types.typeOf(candidate.getIssueType()) != ItemType.CHECKPOINT) {
                return permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, candidate, user) ? candidate : null;
            }
        }
        return null;
    }
}
