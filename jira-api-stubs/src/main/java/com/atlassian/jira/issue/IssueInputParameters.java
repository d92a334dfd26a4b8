package com.atlassian.jira.issue;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.IssueInputParameters}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueInputParameters.html
 * Ledger: §5.10 interface @PublicApi, C8
 */
public interface IssueInputParameters {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueInputParameters.html#setProjectId-java.lang.Long- — C8 (ledger §5.10) */
    IssueInputParameters setProjectId(Long projectId);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueInputParameters.html#setIssueTypeId-java.lang.String- — C8 (ledger §5.10) */
    IssueInputParameters setIssueTypeId(String issueTypeId);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueInputParameters.html#setSummary-java.lang.String- — C8 (ledger §5.10) */
    IssueInputParameters setSummary(String summary);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueInputParameters.html#setDescription-java.lang.String- — C8 (ledger §5.10) */
    IssueInputParameters setDescription(String description);
}
