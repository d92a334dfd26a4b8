package com.atlassian.jira.issue.context;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.context.GlobalIssueContext}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/context/GlobalIssueContext.html
 * Ledger: §5.8 class, C8 (the stub returns an instance so unit tests can pass it on)
 */
public class GlobalIssueContext implements JiraContextNode {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/context/GlobalIssueContext.html#getInstance-- — C8 (ledger §5.8; static) */
    public static JiraContextNode getInstance() {
        return new GlobalIssueContext();
    }
}
