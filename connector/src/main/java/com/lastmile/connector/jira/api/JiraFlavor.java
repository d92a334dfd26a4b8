package com.lastmile.connector.jira.api;

/** Which Jira a site is, told by {@code serverInfo.deploymentType}; decides the REST version and dialect. */
public enum JiraFlavor {
    /** Jira Cloud, REST v3: ADF text, {@code POST /search/jql} with {@code nextPageToken}, account ids. */
    CLOUD("/rest/api/3"),
    /** Jira Data Center (and Server), REST v2: wiki markup, {@code POST /search} with {@code startAt}, user names. */
    DATA_CENTER("/rest/api/2");

    private final String apiBase;

    JiraFlavor(String apiBase) {
        this.apiBase = apiBase;
    }

    /** The path prefix of the platform REST API, e.g. {@code /rest/api/3}. */
    public String apiBase() {
        return apiBase;
    }
}
