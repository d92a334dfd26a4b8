package com.atlassian.jira.issue.transport;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.transport.FieldTransportParams}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/transport/FieldTransportParams.html
 * Ledger: §1.7 interface, C6
 */
public interface FieldTransportParams extends CollectionParams {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/transport/FieldTransportParams.html#getFirstValueForNullKey-- — C6 (ledger §1.7) */
    Object getFirstValueForNullKey();
}
