package com.atlassian.jira.issue.context;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.context.JiraContextNode}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/context/JiraContextNode.html
 * Ledger: §5.8 list element type of createCustomField, C8 (no member called)
 */
public interface JiraContextNode {
}
