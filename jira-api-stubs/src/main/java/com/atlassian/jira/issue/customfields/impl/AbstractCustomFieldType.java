package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.html
 * Ledger: §1.2 abstract class @PublicSpi, C6/C8
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.html#getKey-- — C10 call / C6 final: never override (ledger §1.2) */
    @Override
    public final String getKey() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/AbstractCustomFieldType.html#getVelocityParameters-com.atlassian.jira.issue.Issue-com.atlassian.jira.issue.fields.CustomField-com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem- — C8 (ledger §1.2) */
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
