package com.lastmile.connector.jira.api;

import java.util.List;

/**
 * One JQL search as both flavors take it.
 *
 * @param fields field ids to return
 * @param properties entity property keys to return
 */
record IssueQuery(String jql, List<String> fields, List<String> properties) {

    IssueQuery {
        fields = List.copyOf(fields);
        properties = List.copyOf(properties);
    }
}
