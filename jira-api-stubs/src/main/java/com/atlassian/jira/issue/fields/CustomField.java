package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.CustomField}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html
 * Ledger: §1.10 interface @PublicApi, C10 (super-interfaces omitted: no member of theirs is called)
 */
public interface CustomField {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html#getId-- — C6 (ledger §1.10; declared on Field) */
    String getId();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html#getIdAsLong-- — C8 (ledger §1.10) */
    Long getIdAsLong();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html#getFieldName-- — C10 (ledger §1.10) */
    String getFieldName();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html#getCustomFieldType-- — C10 (ledger §1.10) */
    CustomFieldType getCustomFieldType();
}
