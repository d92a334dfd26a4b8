package com.atlassian.jira.plugin.jql.function;

/**
 * Compile-only stub of {@code com.atlassian.jira.plugin.jql.function.AbstractJqlFunction}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html
 * Ledger: §4 abstract class @PublicSpi, C10 (no member of its own is called or overridden)
 */
public abstract class AbstractJqlFunction implements JqlFunction {
}
