package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An issue to create, independent of the flavor; the client encodes it for Cloud or Data Center.
 *
 * @param projectKey the project to create it in
 * @param issueTypeId the issue type's id
 * @param summary one line
 * @param due due date, or null
 * @param parentKey sub-tasks (and checkpoints): the parent issue; else null
 * @param epicKey stories and tasks: their epic (Cloud {@code parent}, Data Center the Epic Link field); else null
 * @param contributesTo keys this issue "contributes to" (its parent goal, or the checkpoints it corrects), linked
 *     at creation through {@code update.issuelinks}
 * @param fields further field values by field id, already in Jira's JSON form (numbers, strings, {"name": …})
 * @param properties entity properties to set at creation
 */
public record NewIssue(String projectKey, String issueTypeId, String summary, LocalDate due, String parentKey,
                       String epicKey, List<String> contributesTo, Map<String, JsonNode> fields,
                       Map<String, JsonNode> properties) {

    public NewIssue {
        contributesTo = List.copyOf(contributesTo);
        fields = Map.copyOf(fields);
        properties = Map.copyOf(properties);
    }
}
