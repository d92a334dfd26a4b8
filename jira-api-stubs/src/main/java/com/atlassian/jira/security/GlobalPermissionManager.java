package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stub of {@code com.atlassian.jira.security.GlobalPermissionManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/security/GlobalPermissionManager.html
 * Ledger: §6.1 interface, C10
 */
public interface GlobalPermissionManager {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/security/GlobalPermissionManager.html#hasPermission-com.atlassian.jira.permission.GlobalPermissionKey-com.atlassian.jira.user.ApplicationUser- — C10 (ledger §6.1) */
    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
