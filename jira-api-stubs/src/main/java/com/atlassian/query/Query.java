package com.atlassian.query;

/**
 * Compile-only stub of {@code com.atlassian.query.Query}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/query/Query.html
 * Ledger: §5.2 interface, C10 (passed through only)
 */
public interface Query {
}
