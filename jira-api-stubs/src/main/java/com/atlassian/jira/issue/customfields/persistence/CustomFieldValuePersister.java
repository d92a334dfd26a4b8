package com.atlassian.jira.issue.customfields.persistence;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.html
 * Ledger: §1.4 interface, C7 (constructor parameter type only)
 */
public interface CustomFieldValuePersister {
}
