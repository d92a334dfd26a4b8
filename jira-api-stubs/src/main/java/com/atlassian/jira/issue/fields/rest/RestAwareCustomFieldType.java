package com.atlassian.jira.issue.fields.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.fields.rest.json.JsonType;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.rest.RestAwareCustomFieldType}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/RestAwareCustomFieldType.html
 * Ledger: §1.14 interface @PublicSpi, C8
 */
public interface RestAwareCustomFieldType {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/RestAwareCustomFieldType.html#getFieldTypeInfo-com.atlassian.jira.issue.fields.rest.FieldTypeInfoContext- — C8 (ledger §1.14) */
    FieldTypeInfo getFieldTypeInfo(FieldTypeInfoContext fieldTypeInfoContext);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/RestAwareCustomFieldType.html#getJsonSchema-com.atlassian.jira.issue.fields.CustomField- — C8 (ledger §1.14) */
    JsonType getJsonSchema(CustomField customField);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/RestAwareCustomFieldType.html#getJsonFromIssue-com.atlassian.jira.issue.fields.CustomField-com.atlassian.jira.issue.Issue-boolean-com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem- — C8 (ledger §1.14) */
    FieldJsonRepresentation getJsonFromIssue(CustomField field, Issue issue, boolean renderedVersionRequested,
                                             FieldLayoutItem fieldLayoutItem);
}
