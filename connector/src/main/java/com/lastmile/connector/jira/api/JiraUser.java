package com.lastmile.connector.jira.api;

/**
 * @param id account id on Cloud, user name on Data Center: what RACI values hold
 */
public record JiraUser(String id, String displayName, boolean active) {
}
