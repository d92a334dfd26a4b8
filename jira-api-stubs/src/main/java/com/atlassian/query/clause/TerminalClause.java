package com.atlassian.query.clause;

/**
 * Compile-only stub of {@code com.atlassian.query.clause.TerminalClause}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/query/clause/TerminalClause.html
 * Ledger: §4 interface, C10 (parameter type only)
 */
public interface TerminalClause {
}
