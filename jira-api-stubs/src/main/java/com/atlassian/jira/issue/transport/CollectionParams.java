package com.atlassian.jira.issue.transport;

import java.util.Collection;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.transport.CollectionParams}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/transport/CollectionParams.html
 * Ledger: §1.7 interface, C6
 */
public interface CollectionParams extends FieldParams {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/transport/CollectionParams.html#getValuesForKey-java.lang.String- — C6 (ledger §1.7) */
    Collection<String> getValuesForKey(String key);
}
