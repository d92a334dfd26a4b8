package com.atlassian.jira.issue.customfields.manager;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.customfields.manager.GenericConfigManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/manager/GenericConfigManager.html
 * Ledger: §1.4 interface, C6 (constructor parameter type only)
 */
public interface GenericConfigManager {
}
