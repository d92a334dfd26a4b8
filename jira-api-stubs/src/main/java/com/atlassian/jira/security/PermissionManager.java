package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stub of {@code com.atlassian.jira.security.PermissionManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/security/PermissionManager.html
 * Ledger: §6.1 interface @PublicApi, C10
 */
public interface PermissionManager {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/security/PermissionManager.html#hasPermission-com.atlassian.jira.security.plugin.ProjectPermissionKey-com.atlassian.jira.issue.Issue-com.atlassian.jira.user.ApplicationUser- — C10 (ledger §6.1) */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
