package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** Building and reading Jira's JSON: absent and JSON null read the same, as Jira omits or nulls empty values. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** {@code {"key": value}}: how Jira names a project, a parent or a linked issue. */
    static ObjectNode keyed(String name, String value) {
        return object().put(name, value);
    }

    /** The text at {@code path} (e.g. "status", "statusCategory", "key"), or null when any step is absent or null. */
    static String text(JsonNode node, String... path) {
        JsonNode current = node;
        for (String step : path) {
            current = current.path(step);
        }
        return current.isMissingNode() || current.isNull() ? null : current.asText();
    }

    static boolean present(JsonNode node) {
        return node != null && !node.isMissingNode() && !node.isNull();
    }
}
