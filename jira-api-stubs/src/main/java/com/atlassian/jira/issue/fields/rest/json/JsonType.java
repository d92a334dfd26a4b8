package com.atlassian.jira.issue.fields.rest.json;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.rest.json.JsonType}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonType.html
 * Ledger: §1.14 class, C8 (the plugin only reads a constant and passes instances through)
 */
public class JsonType {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonType.html#ANY_TYPE — C6 (ledger §1.14: value "any") */
    public static final String ANY_TYPE = "any";

    private JsonType() {
    }
}
