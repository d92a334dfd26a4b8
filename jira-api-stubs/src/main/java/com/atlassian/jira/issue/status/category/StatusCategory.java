package com.atlassian.jira.issue.status.category;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.status.category.StatusCategory}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/status/category/StatusCategory.html
 * Ledger: §5.11 interface, C10
 */
public interface StatusCategory {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/status/category/StatusCategory.html#getKey-- — C10 (ledger §5.11: "new", "indeterminate", "done") */
    String getKey();
}
