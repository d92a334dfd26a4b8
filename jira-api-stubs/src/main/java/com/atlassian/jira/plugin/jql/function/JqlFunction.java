package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;

/**
 * Compile-only stub of {@code com.atlassian.jira.plugin.jql.function.JqlFunction}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/JqlFunction.html
 * Ledger: §4 interface @PublicSpi, C10 (init/getFunctionName/isList are implemented by AbstractJqlFunction and not called by the plugin)
 */
public interface JqlFunction {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/JqlFunction.html#validate-com.atlassian.jira.user.ApplicationUser-com.atlassian.query.operand.FunctionOperand-com.atlassian.query.clause.TerminalClause- — C10 (ledger §4; ApplicationUser since 7) */
    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/JqlFunction.html#getValues-com.atlassian.jira.jql.query.QueryCreationContext-com.atlassian.query.operand.FunctionOperand-com.atlassian.query.clause.TerminalClause- — C10 (ledger §4) */
    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                 TerminalClause terminalClause);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/JqlFunction.html#getMinimumNumberOfExpectedArguments-- — C10 (ledger §4) */
    int getMinimumNumberOfExpectedArguments();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/JqlFunction.html#getDataType-- — C10 (ledger §4) */
    JiraDataType getDataType();
}
