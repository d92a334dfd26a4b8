package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import java.sql.Timestamp;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.Issue}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html
 * Ledger: §1.12 interface @PublicApi, C10 (members flattened from WithId/WithKey: safe for calls, ledger rule 2)
 */
public interface Issue {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html#getId-- — C10 (ledger §1.12) */
    Long getId();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html#getKey-- — C10 (ledger §1.12) */
    String getKey();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html#getSummary-- — C10 (ledger §1.12) */
    String getSummary();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html#getProjectId-- — C10 (ledger §1.12) */
    Long getProjectId();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html#getIssueType-- — C10 (ledger §1.12; IssueType since 7) */
    IssueType getIssueType();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html#getStatus-- — C10 (ledger §1.12; Status since 7) */
    Status getStatus();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html#getDueDate-- — C10 (ledger §1.12) */
    Timestamp getDueDate();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html#getCustomFieldValue-com.atlassian.jira.issue.fields.CustomField- — C10 (ledger §1.12) */
    Object getCustomFieldValue(CustomField customField);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/Issue.html#getParentId-- — C10 (ledger §1.12) */
    Long getParentId();
}
