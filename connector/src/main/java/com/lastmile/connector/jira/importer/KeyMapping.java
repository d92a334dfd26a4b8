package com.lastmile.connector.jira.importer;

/**
 * Where a workspace item is in Jira.
 *
 * @param created true when this run created it, false when it was already there
 */
public record KeyMapping(String workspaceKey, String jiraKey, boolean created) {
}
