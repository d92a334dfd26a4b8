package com.lastmile.connector.jira.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What earlier imports created in a project: one search, {@code project = "KEY"}, asking for what the
 * {@link MarkerStrategy} reads the workspace key from (and the Planned value, to spot a re-plan still to record; the
 * links, which every search returns, to spot a corrective-action link still to make). A workspace key found on
 * several issues (someone copied one, or created it by hand with the marker) maps to the oldest of them and is
 * reported.
 *
 * @param byWorkspaceKey the issues by the workspace key their marker holds
 * @param duplicated workspace keys found on more than one issue, sorted
 */
record ImportedIssues(Map<String, ImportedIssue> byWorkspaceKey, Set<String> duplicated) {

    ImportedIssues {
        byWorkspaceKey = Map.copyOf(byWorkspaceKey);
        duplicated = Set.copyOf(duplicated);
    }

    /**
     * @param plannedFieldId the Planned value field's id, or null when the site has none yet
     */
    static ImportedIssues find(JiraApi api, String projectKey, String plannedFieldId, MarkerStrategy marker) {
        Map<String, ImportedIssue> found = new HashMap<>();
        Set<String> duplicated = new TreeSet<>();
        List<String> fields = new ArrayList<>(marker.searchedFields());
        if (plannedFieldId != null) {
            fields.add(plannedFieldId);
        }
        api.search("project = \"" + projectKey + "\"", fields, marker.searchedProperties(), issue -> {
            String workspaceKey = marker.workspaceKey(issue);
            if (workspaceKey == null) {
                return;
            }
            ImportedIssue imported = new ImportedIssue(issue.id(), issue.key(), planned(issue, plannedFieldId),
                    issue.due(), contributesTo(issue));
            ImportedIssue earlier = found.putIfAbsent(workspaceKey, imported);
            if (earlier != null) {
                duplicated.add(workspaceKey);
                if (older(imported, earlier)) {
                    found.put(workspaceKey, imported);
                }
            }
        });
        return new ImportedIssues(found, duplicated);
    }

    private static BigDecimal planned(IssueRecord issue, String fieldId) {
        JsonNode value = fieldId == null ? null : issue.fields().get(fieldId);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    /** Jira names link types ignoring case, as the plugin and the loader read them. */
    private static Set<String> contributesTo(IssueRecord issue) {
        return issue.links().stream()
                .filter(link -> link.outward() && TrackerField.LINK_TYPE_NAME.equalsIgnoreCase(link.type()))
                .map(IssueRecord.Link::otherKey).collect(Collectors.toSet());
    }

    /** Issue ids grow with creation; compared as numbers when they are. */
    private static boolean older(ImportedIssue a, ImportedIssue b) {
        try {
            return Long.parseLong(a.id()) < Long.parseLong(b.id());
        } catch (NumberFormatException e) {
            return a.id().compareTo(b.id()) < 0;
        }
    }
}
