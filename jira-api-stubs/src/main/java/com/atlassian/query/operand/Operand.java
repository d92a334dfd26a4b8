package com.atlassian.query.operand;

/**
 * Compile-only stub of {@code com.atlassian.query.operand.Operand}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/query/operand/Operand.html
 * Ledger: §4 interface (QueryLiteral constructor parameter type), C10
 */
public interface Operand {
}
