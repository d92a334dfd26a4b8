package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.config.FieldConfig}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/config/FieldConfig.html
 * Ledger: §1.9 interface @PublicApi, C10 (type) / C6 (members)
 */
public interface FieldConfig {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/config/FieldConfig.html#getCustomField-- — C6 (ledger §1.9) */
    CustomField getCustomField();
}
