package com.atlassian.jira.issue.fields.rest;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.rest.FieldTypeInfoContext}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldTypeInfoContext.html
 * Ledger: §1.14 parameter type only, C8
 */
public interface FieldTypeInfoContext {
}
