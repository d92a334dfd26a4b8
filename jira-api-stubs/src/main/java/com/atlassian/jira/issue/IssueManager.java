package com.atlassian.jira.issue;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.IssueManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueManager.html
 * Ledger: §5.1 interface @PublicApi, C10
 */
public interface IssueManager {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueManager.html#getIssueObject-java.lang.String- — C10 (ledger §5.1; returns MutableIssue) */
    MutableIssue getIssueObject(String key);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueManager.html#getIssueObject-java.lang.Long- — C10 call / C8 return (ledger §5.1; returns MutableIssue) */
    MutableIssue getIssueObject(Long id);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/IssueManager.html#updateIssue-com.atlassian.jira.user.ApplicationUser-com.atlassian.jira.issue.MutableIssue-com.atlassian.jira.issue.UpdateIssueRequest- — C10 (ledger §5.1) */
    Issue updateIssue(ApplicationUser user, MutableIssue issue, UpdateIssueRequest updateIssueRequest);
}
