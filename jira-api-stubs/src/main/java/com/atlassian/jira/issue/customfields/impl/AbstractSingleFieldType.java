package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html
 * Ledger: §1.1 abstract class @PublicSpi, C7 (no 8/9/10 subclass seen: risk #3)
 */
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html#customFieldValuePersister — C7 (ledger §1.1) */
    protected final CustomFieldValuePersister customFieldValuePersister;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html#genericConfigManager — C7 (ledger §1.1) */
    protected final GenericConfigManager genericConfigManager;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html#AbstractSingleFieldType-com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister-com.atlassian.jira.issue.customfields.manager.GenericConfigManager- — C7 (ledger §1.1) */
    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister,
                                      GenericConfigManager genericConfigManager) {
        this.customFieldValuePersister = customFieldValuePersister;
        this.genericConfigManager = genericConfigManager;
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html#getDatabaseType-- — C7 (ledger §1.1) */
    protected abstract PersistenceFieldType getDatabaseType();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html#getDbValueFromObject-T- — C7 (ledger §1.1) */
    protected abstract Object getDbValueFromObject(T customFieldObject);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html#getObjectFromDbValue-java.lang.Object- — C6 (ledger §1.1) */
    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html#validateFromParams-com.atlassian.jira.issue.customfields.view.CustomFieldParams-com.atlassian.jira.util.ErrorCollection-com.atlassian.jira.issue.fields.config.FieldConfig- — C6 (ledger §1.1) */
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
                                   FieldConfig config) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html#getValueFromCustomFieldParams-com.atlassian.jira.issue.customfields.view.CustomFieldParams- — C6 (ledger §1.1) */
    public T getValueFromCustomFieldParams(CustomFieldParams relevantParams) throws FieldValidationException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractSingleFieldType.html#getStringValueFromCustomFieldParams-com.atlassian.jira.issue.customfields.view.CustomFieldParams- — C6 (ledger §1.1) */
    public Object getStringValueFromCustomFieldParams(CustomFieldParams parameters) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
