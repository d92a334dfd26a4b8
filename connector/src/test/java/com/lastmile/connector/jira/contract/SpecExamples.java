package com.lastmile.connector.jira.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads example values out of a spec, so that stubs answer what Atlassian documents rather than our guesses. */
final class SpecExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecExamples() {
    }

    /**
     * The example answer of an operation, a fresh copy each time. The Cloud spec writes examples as JSON text.
     *
     * @param path the spec's path, e.g. {@code /rest/api/3/issue/bulk}
     */
    static JsonNode response(JiraSpec spec, String path, String method, int status) {
        JsonNode example = spec.document().path("paths").path(path).path(method.toLowerCase())
                .path("responses").path(String.valueOf(status)).path("content").path("application/json")
                .path("example");
        if (example.isMissingNode() || example.isNull()) {
            throw new IllegalArgumentException(spec + " has no example for " + method + " " + path + " " + status);
        }
        try {
            return example.isTextual() ? JSON.readTree(example.asText()) : example.deepCopy();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the example of " + method + " " + path + " is not JSON", e);
        }
    }

    /**
     * An object built from a schema's property-level examples, for specs (Data Center's) that have no operation
     * examples. Properties whose example does not have the declared JSON type (the DC spec writes some array
     * examples as text) are left out.
     */
    static ObjectNode fromProperties(JiraSpec spec, String schemaName) {
        ObjectNode object = JSON.createObjectNode();
        spec.document().path("components").path("schemas").path(schemaName).path("properties").properties()
                .forEach(property -> {
                    JsonNode example = property.getValue().path("example");
                    if (hasType(example, property.getValue().path("type").asText())) {
                        object.set(property.getKey(), example.deepCopy());
                    }
                });
        return object;
    }

    private static boolean hasType(JsonNode example, String type) {
        return switch (type) {
            case "string" -> example.isTextual();
            case "boolean" -> example.isBoolean();
            case "integer" -> example.isIntegralNumber();
            case "number" -> example.isNumber();
            case "object" -> example.isObject();
            case "array" -> example.isArray();
            default -> false;
        };
    }
}
