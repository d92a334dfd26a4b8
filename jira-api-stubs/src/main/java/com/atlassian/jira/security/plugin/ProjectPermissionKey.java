package com.atlassian.jira.security.plugin;

/**
 * Compile-only stub of {@code com.atlassian.jira.security.plugin.ProjectPermissionKey}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
 * Ledger: §6.1 class, C8 (final in 6.3 source)
 */
public final class ProjectPermissionKey {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/security/plugin/ProjectPermissionKey.html#ProjectPermissionKey-java.lang.String- — C8 (ledger §6.1; field and parameter type) */
    public ProjectPermissionKey(String key) {
    }

}
