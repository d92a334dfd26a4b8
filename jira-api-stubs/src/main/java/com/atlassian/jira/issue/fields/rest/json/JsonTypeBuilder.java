package com.atlassian.jira.issue.fields.rest.json;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.fields.rest.json.JsonTypeBuilder}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonTypeBuilder.html
 * Ledger: §1.14 class with static factories, C8
 */
public class JsonTypeBuilder {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/rest/json/JsonTypeBuilder.html#custom-java.lang.String-java.lang.String-java.lang.Long- — C8 (ledger §1.14; static) */
    public static JsonType custom(String type, String custom, Long customId) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
