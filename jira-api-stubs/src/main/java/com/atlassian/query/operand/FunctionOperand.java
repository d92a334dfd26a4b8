package com.atlassian.query.operand;

import java.util.List;

/**
 * Compile-only stub of {@code com.atlassian.query.operand.FunctionOperand}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/query/operand/FunctionOperand.html
 * Ledger: §4 class, C8
 */
public class FunctionOperand implements Operand {
    /** https://docs.atlassian.com/jira/server/com/atlassian/query/operand/FunctionOperand.html#getArgs-- — C8 (ledger §4) */
    public List<String> getArgs() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/query/operand/FunctionOperand.html#getName-- — C8 (ledger §4) */
    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
