package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.transport.FieldTransportParams;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.customfields.view.CustomFieldParams}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/view/CustomFieldParams.html
 * Ledger: §1.7 interface @PublicApi, C6 (members inherited)
 */
public interface CustomFieldParams extends FieldTransportParams {
}
