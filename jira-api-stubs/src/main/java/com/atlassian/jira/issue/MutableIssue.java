package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.MutableIssue}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/MutableIssue.html
 * Ledger: §1.13 interface @PublicApi extends Issue, C10
 */
public interface MutableIssue extends Issue {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/MutableIssue.html#setCustomFieldValue-com.atlassian.jira.issue.fields.CustomField-java.lang.Object- — C10 (ledger §1.13) */
    void setCustomFieldValue(CustomField customField, Object value);
}
