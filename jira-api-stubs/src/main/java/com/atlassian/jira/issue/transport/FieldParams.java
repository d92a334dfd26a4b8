package com.atlassian.jira.issue.transport;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.transport.FieldParams}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/transport/FieldParams.html
 * Ledger: §1.7 super-interface of CollectionParams, C6 (no member used)
 */
public interface FieldParams {
}
