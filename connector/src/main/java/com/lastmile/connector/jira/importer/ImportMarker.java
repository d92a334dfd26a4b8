package com.lastmile.connector.jira.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The entity property every imported issue carries from its creation: {@code com.lastmile.import =
 * {"workspaceKey": "LM-4"}}. It is how a later run recognises what an earlier one created, whatever Jira key the
 * issue got, so a re-run never creates an item twice; on Data Center, whose search cannot return it, a field
 * carries the key as well ({@link MarkerStrategy}).
 */
final class ImportMarker {

    static final String PROPERTY = "com.lastmile.import";
    static final String WORKSPACE_KEY = "workspaceKey";

    private ImportMarker() {
    }

    static JsonNode of(String workspaceKey) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.put(WORKSPACE_KEY, workspaceKey);
        return value;
    }

    /** The workspace key a marker holds, or null when the value is absent or not a marker. */
    static String workspaceKey(JsonNode marker) {
        if (marker == null || !marker.path(WORKSPACE_KEY).isTextual()) {
            return null;
        }
        String key = marker.get(WORKSPACE_KEY).asText();
        return key.isBlank() ? null : key;
    }
}
