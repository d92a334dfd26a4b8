package com.atlassian.jira.issue.fields.layout.field;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/layout/field/FieldLayoutItem.html
 * Ledger: §1.11 interface @PublicApi, C10 (parameter type only)
 */
public interface FieldLayoutItem {
}
