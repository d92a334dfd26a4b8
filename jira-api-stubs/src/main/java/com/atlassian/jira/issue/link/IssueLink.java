package com.atlassian.jira.issue.link;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.link.IssueLink}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html
 * Ledger: §5.6 interface, C8
 */
public interface IssueLink {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html#getSourceId-- — C8 (ledger §5.6) */
    Long getSourceId();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html#getDestinationId-- — C8 (ledger §5.6) */
    Long getDestinationId();
}
