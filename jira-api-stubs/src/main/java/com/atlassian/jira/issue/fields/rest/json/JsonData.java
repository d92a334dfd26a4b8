package com.atlassian.jira.issue.fields.rest.json;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.rest.json.JsonData}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonData.html
 * Ledger: §1.14 class, C8
 */
public class JsonData {
    private final Object data;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonData.html#JsonData-java.lang.Object- — C8 (ledger §1.14); keeps its argument so unit tests can read it back */
    public JsonData(Object data) {
        this.data = data;
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonData.html#getData-- — C6 (ledger §1.14) */
    public Object getData() {
        return data;
    }
}
