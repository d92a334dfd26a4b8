package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only stub of {@code com.atlassian.jira.permission.ProjectPermissions}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/permission/ProjectPermissions.html
 * Ledger: §6.1 class, C10
 */
public class ProjectPermissions {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/permission/ProjectPermissions.html#BROWSE_PROJECTS — C10 (ledger §6.1; field type ProjectPermissionKey) */
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/permission/ProjectPermissions.html#EDIT_ISSUES — C10 (ledger §6.1) */
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
}
