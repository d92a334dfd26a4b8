package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One issue as a search returned it, flavor-neutral.
 *
 * @param statusCategory Jira's status category key: "new", "indeterminate" or "done"
 * @param parentKey the {@code parent} field (sub-task parent; Cloud: also the epic of a story), or null
 * @param links the issue's links as seen from it
 * @param fields the other requested fields' raw JSON by field id (absent or null when empty)
 * @param properties requested entity properties' values by key
 */
public record IssueRecord(String id, String key, String issueType, String summary, String status,
                          String statusCategory, String parentKey, LocalDate due, List<Link> links,
                          Map<String, JsonNode> fields, Map<String, JsonNode> properties) {

    public IssueRecord {
        links = List.copyOf(links);
        fields = Map.copyOf(fields);
        properties = Map.copyOf(properties);
    }

    /**
     * @param type the link type's name
     * @param outward true when this issue is the link's outward end ("this contributes to otherKey")
     */
    public record Link(String type, boolean outward, String otherKey) {
    }
}
