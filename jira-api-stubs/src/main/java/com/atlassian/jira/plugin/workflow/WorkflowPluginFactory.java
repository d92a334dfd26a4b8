package com.atlassian.jira.plugin.workflow;

import java.util.Map;

/**
 * Compile-only stub of {@code com.atlassian.jira.plugin.workflow.WorkflowPluginFactory}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html
 * Ledger: §3 interface, C10
 */
public interface WorkflowPluginFactory {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html#getDescriptorParams-java.util.Map- — C10 (ledger §3) */
    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
