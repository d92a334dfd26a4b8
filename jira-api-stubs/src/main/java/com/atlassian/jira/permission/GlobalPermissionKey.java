package com.atlassian.jira.permission;

/**
 * Compile-only stub of {@code com.atlassian.jira.permission.GlobalPermissionKey}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/permission/GlobalPermissionKey.html
 * Ledger: §6.1 final class, C10
 */
public final class GlobalPermissionKey {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/permission/GlobalPermissionKey.html#ADMINISTER — C10 (ledger §6.1) */
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey();

    private GlobalPermissionKey() {
    }
}
