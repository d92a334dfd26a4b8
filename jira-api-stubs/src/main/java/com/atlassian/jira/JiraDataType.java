package com.atlassian.jira;

/**
 * Compile-only stub of {@code com.atlassian.jira.JiraDataType}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/JiraDataType.html
 * Ledger: §4 interface, C10 (type only)
 */
public interface JiraDataType {
}
