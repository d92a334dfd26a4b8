package com.atlassian.jira;

/**
 * Compile-only stub of {@code com.atlassian.jira.JiraDataTypes}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/JiraDataTypes.html
 * Ledger: §4 final class, C10
 */
public final class JiraDataTypes {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/JiraDataTypes.html#ISSUE — C10 (ledger §4; static field) */
    public static final JiraDataType ISSUE = new JiraDataType() {
    };

    private JiraDataTypes() {
    }
}
