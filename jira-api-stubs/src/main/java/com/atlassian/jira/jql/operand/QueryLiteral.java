package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * Compile-only stub of {@code com.atlassian.jira.jql.operand.QueryLiteral}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/operand/QueryLiteral.html
 * Ledger: §4 class, C10
 */
public class QueryLiteral {
    private final Long longValue;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/operand/QueryLiteral.html#QueryLiteral-com.atlassian.query.operand.Operand-java.lang.Long- — C10 (ledger §4: parameter type Operand); keeps the value so unit tests can read it back */
    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.longValue = longValue;
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/operand/QueryLiteral.html#getLongValue-- — C6 (ledger §4) */
    public Long getLongValue() {
        return longValue;
    }
}
