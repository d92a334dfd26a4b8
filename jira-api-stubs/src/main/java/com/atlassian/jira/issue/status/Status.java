package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.status.Status}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/status/Status.html
 * Ledger: §5.11 interface, C10
 */
public interface Status {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/status/Status.html#getName-- — C6 (declared on IssueConstant) */
    String getName();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/status/Status.html#getStatusCategory-- — C10 (ledger §5.11) */
    StatusCategory getStatusCategory();
}
