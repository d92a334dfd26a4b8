package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.customfields.CustomFieldType}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldType.html
 * Ledger: §1.3 interface @PublicApi @PublicSpi, C7
 */
public interface CustomFieldType<T, S> {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldType.html#getKey-- — C10 (ledger §1.3; called through CustomField.getCustomFieldType()) */
    String getKey();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldType.html#getStringFromSingularObject-S- — C8 (ledger §1.1/§1.3) */
    String getStringFromSingularObject(S singularObject);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldType.html#getSingularObjectFromString-java.lang.String- — C8 (ledger §1.1/§1.3) */
    S getSingularObjectFromString(String string) throws FieldValidationException;
}
