package com.atlassian.jira.issue.fields.rest;

import com.atlassian.jira.issue.fields.rest.json.JsonData;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.rest.FieldJsonRepresentation}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldJsonRepresentation.html
 * Ledger: §1.14 class, C8
 */
public class FieldJsonRepresentation {
    private final JsonData standardData;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldJsonRepresentation.html#FieldJsonRepresentation-com.atlassian.jira.issue.fields.rest.json.JsonData- — C8 (ledger §1.14); keeps its argument so unit tests can read it back */
    public FieldJsonRepresentation(JsonData standardData) {
        this.standardData = standardData;
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/FieldJsonRepresentation.html#getStandardData-- — C6 (ledger §1.14) */
    public JsonData getStandardData() {
        return standardData;
    }
}
