package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a search result issue, either flavor, into an {@link IssueRecord}. */
final class IssueRecordReader {

    /** The fields every record carries, asked for in every search. */
    static final List<String> RECORD_FIELDS = List.of("issuetype", "summary", "status", "parent", "duedate",
            "issuelinks");

    private final Collection<String> fieldIds;
    private final Collection<String> propertyKeys;

    IssueRecordReader(Collection<String> fieldIds, Collection<String> propertyKeys) {
        this.fieldIds = fieldIds;
        this.propertyKeys = propertyKeys;
    }

    IssueRecord read(JsonNode issue) {
        JsonNode fields = issue.path("fields");
        return new IssueRecord(Json.text(issue, "id"), Json.text(issue, "key"),
                Json.text(fields, "issuetype", "name"), Json.text(fields, "summary"),
                Json.text(fields, "status", "name"), Json.text(fields, "status", "statusCategory", "key"),
                Json.text(fields, "parent", "key"), JiraTime.date(Json.text(fields, "duedate")),
                links(fields.path("issuelinks")), present(fields, fieldIds),
                present(issue.path("properties"), propertyKeys));
    }

    private static List<IssueRecord.Link> links(JsonNode issueLinks) {
        List<IssueRecord.Link> links = new ArrayList<>();
        for (JsonNode link : issueLinks) {
            String type = Json.text(link, "type", "name");
            if (Json.present(link.path("outwardIssue"))) {
                links.add(new IssueRecord.Link(type, true, Json.text(link, "outwardIssue", "key")));
            } else if (Json.present(link.path("inwardIssue"))) {
                links.add(new IssueRecord.Link(type, false, Json.text(link, "inwardIssue", "key")));
            }
        }
        return links;
    }

    /** The named members that have a value; Jira sends empty fields as null or leaves them out. */
    private static Map<String, JsonNode> present(JsonNode object, Collection<String> names) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode value = object.path(name);
            if (Json.present(value)) {
                values.put(name, value);
            }
        }
        return values;
    }
}
