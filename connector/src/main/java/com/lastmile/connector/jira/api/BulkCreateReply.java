package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one bulk create answer ({@code {"issues": [...], "errors": [...]}}) for a chunk of drafts. An error names its
 * element by {@code failedElementNumber} (0-based within the chunk); {@code issues} lists the created issues in the
 * order of the elements that succeeded, which is how a created issue is matched to its draft. When the counts do
 * not add up that matching is impossible, so the chunk's unfailed drafts are reported as unknown.
 */
final class BulkCreateReply {

    private BulkCreateReply() {
    }

    static void read(JsonNode body, int offset, int size, BulkCreateTally tally) {
        Map<Integer, JsonNode> errors = new TreeMap<>();
        for (JsonNode error : body.path("errors")) {
            errors.put(error.path("failedElementNumber").asInt(), error);
        }
        errors.forEach((element, error) ->
                tally.failed(offset + element, error.path("status").asInt(), messages(error.path("elementErrors"))));
        List<Integer> succeeded = new ArrayList<>();
        for (int element = 0; element < size; element++) {
            if (!errors.containsKey(element)) {
                succeeded.add(element);
            }
        }
        JsonNode issues = body.path("issues");
        if (issues.size() != succeeded.size()) {
            succeeded.forEach(element -> tally.unknown(offset + element));
            return;
        }
        for (int i = 0; i < succeeded.size(); i++) {
            JsonNode issue = issues.get(i);
            tally.created(offset + succeeded.get(i), Json.text(issue, "id"), Json.text(issue, "key"));
        }
    }

    /** Jira's {@code errorMessages} as they are, then each field error as "field: message". */
    static List<String> messages(JsonNode errorCollection) {
        List<String> messages = new ArrayList<>();
        errorCollection.path("errorMessages").forEach(message -> messages.add(message.asText()));
        errorCollection.path("errors").properties()
                .forEach(error -> messages.add(error.getKey() + ": " + error.getValue().asText()));
        return messages;
    }
}
