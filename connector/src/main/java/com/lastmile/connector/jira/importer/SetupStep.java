package com.lastmile.connector.jira.importer;

/**
 * One thing provisioning does on the site, by the name of what it concerns: create an issue type, the link type or
 * a field, or add a field it created to the default screen.
 */
public record SetupStep(Kind kind, String name) {

    public enum Kind { ISSUE_TYPE, LINK_TYPE, FIELD, SCREEN }
}
