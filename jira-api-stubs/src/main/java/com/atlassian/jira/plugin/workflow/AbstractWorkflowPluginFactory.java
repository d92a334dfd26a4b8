package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Compile-only stub of {@code com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.html
 * Ledger: §3 abstract class, C10 (hooks)
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.html#getVelocityParamsForInput-java.util.Map- — C10 (ledger §3) */
    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.html#getVelocityParamsForEdit-java.util.Map-com.opensymphony.workflow.loader.AbstractDescriptor- — C10 (ledger §3) */
    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.html#getVelocityParamsForView-java.util.Map-com.opensymphony.workflow.loader.AbstractDescriptor- — C10 (ledger §3) */
    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
