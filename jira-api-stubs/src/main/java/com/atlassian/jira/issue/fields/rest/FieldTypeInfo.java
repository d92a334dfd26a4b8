package com.atlassian.jira.issue.fields.rest;

import java.util.Collection;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.rest.FieldTypeInfo}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldTypeInfo.html
 * Ledger: §1.14 class, C8
 */
public class FieldTypeInfo {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldTypeInfo.html#FieldTypeInfo-java.util.Collection-java.lang.String- — C8 (ledger §1.14) */
    public FieldTypeInfo(Collection<?> allowedValues, String autoCompleteUrl) {
    }
}
