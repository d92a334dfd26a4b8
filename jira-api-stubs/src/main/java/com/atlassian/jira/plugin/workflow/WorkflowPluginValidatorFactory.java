package com.atlassian.jira.plugin.workflow;

/**
 * Compile-only stub of {@code com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/workflow/WorkflowPluginValidatorFactory.html
 * Ledger: §3 interface @PublicSpi, no own members, C8
 */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
