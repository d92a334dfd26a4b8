package com.lastmile.connector.jira.importer;

/** One thing provisioning creates on the site: an issue type, the link type or a field, by its name. */
public record SetupStep(Kind kind, String name) {

    public enum Kind { ISSUE_TYPE, LINK_TYPE, FIELD }
}
