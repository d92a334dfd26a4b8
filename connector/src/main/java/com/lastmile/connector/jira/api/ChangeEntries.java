package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects change histories by issue id, read from either flavor's history JSON (Cloud {@code Changelog}, Data
 * Center {@code ChangeHistoryBean}: the same shape), and hands them out oldest first. Every requested id is in the
 * result, with an empty list when it has no history or was not returned.
 */
final class ChangeEntries {

    private final Map<String, List<ChangeEntry>> byIssue = new LinkedHashMap<>();

    ChangeEntries(Collection<String> issueIds) {
        issueIds.forEach(id -> byIssue.put(id, new ArrayList<>()));
    }

    void add(String issueId, JsonNode history) {
        byIssue.computeIfAbsent(issueId, id -> new ArrayList<>()).add(read(history));
    }

    Map<String, List<ChangeEntry>> result() {
        Map<String, List<ChangeEntry>> result = new LinkedHashMap<>();
        byIssue.forEach((id, entries) -> {
            entries.sort(Comparator.comparing(ChangeEntry::created));
            result.put(id, List.copyOf(entries));
        });
        return result;
    }

    static ChangeEntry read(JsonNode history) {
        List<ChangeEntry.Item> items = new ArrayList<>();
        for (JsonNode item : history.path("items")) {
            items.add(new ChangeEntry.Item(Json.text(item, "field"), Json.text(item, "fieldId"),
                    Json.text(item, "from"), Json.text(item, "fromString"),
                    Json.text(item, "to"), Json.text(item, "toString")));
        }
        return new ChangeEntry(JiraTime.timestamp(Json.text(history, "created")), items);
    }
}
