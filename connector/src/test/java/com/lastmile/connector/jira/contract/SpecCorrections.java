package com.lastmile.connector.jira.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Where the Data Center 10.3 spec, generated from Jira's Java beans, contradicts what Jira sends and accepts on the
 * wire, and the few places where the Cloud spec does. Each correction is as narrow as the contradiction.
 */
final class SpecCorrections {

    private SpecCorrections() {
    }

    /**
     * These Cloud answers declare a JSON body with an empty schema, so the validator demands one, but Jira sends
     * none: a 204 cannot carry one, and the spec's own prose says of linkIssues "This resource returns nothing".
     */
    static void cloud(ObjectNode spec) {
        String issue = "/paths/~1rest~1api~13~1issue~1{issueIdOrKey}";
        withoutBody(spec, issue + "/put/responses/204");
        withoutBody(spec, "/paths/~1rest~1api~13~1issueLink/post/responses/201");
        withoutBody(spec, issue + "~1properties~1{propertyKey}/put/responses/200");
        withoutBody(spec, issue + "~1properties~1{propertyKey}/put/responses/201");
    }

    private static void withoutBody(ObjectNode spec, String responsePointer) {
        ((ObjectNode) spec.at(responsePointer)).remove("content");
    }

    static void dataCenter(ObjectNode spec) {
        uniqueOperationIds(spec);
        acceptPersonalAccessTokens(spec);
        // GET /field and GET /issuetype answer JSON arrays; the spec names a single bean
        arrayOf(spec, "/paths/~1api~12~1field/get/responses/200/content/application~1json", "FieldBean");
        arrayOf(spec, "/paths/~1api~12~1issuetype/get/responses/200/content/application~1json", "IssueTypeJsonBean");
        // field values are any JSON (a summary is a string, a number field a number); the spec says "object"
        anyJson((ObjectNode) spec.at("/components/schemas/IssueUpdateBean/properties/fields"), "additionalProperties");
        anyJson((ObjectNode) spec.at("/components/schemas/IssueBean/properties/fields"), "additionalProperties");
        // an entity property's value is any JSON; the bean holds it as raw JSON text, so the spec says "string"
        anyJson((ObjectNode) spec.at("/components/schemas/EntityPropertyBean/properties"), "value");
        anyJson((ObjectNode) spec.at("/paths/~1api~12~1issue~1{issueIdOrKey}~1properties~1{propertyKey}/put"
                + "/requestBody/content/application~1json"), "schema");
    }

    /** The validator's parser refuses a spec whose operation ids repeat; eight of the DC spec's do. */
    private static void uniqueOperationIds(ObjectNode spec) {
        Set<String> seen = new HashSet<>();
        spec.path("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("operationId")) {
                String id = operation.get("operationId").asText();
                String unique = id;
                for (int n = 2; !seen.add(unique); n++) {
                    unique = id + "_" + n;
                }
                ((ObjectNode) operation).put("operationId", unique);
            }
        }));
    }

    /** Data Center takes personal access tokens as bearer tokens; the spec declares basic authentication only. */
    private static void acceptPersonalAccessTokens(ObjectNode spec) {
        ((ObjectNode) spec.at("/components/securitySchemes")).putObject("bearer")
                .put("type", "http").put("scheme", "bearer");
        spec.path("paths").forEach(path -> path.forEach(operation -> {
            if (operation.path("security").isArray()) {
                ((ArrayNode) operation.get("security")).addObject().putArray("bearer");
            }
        }));
    }

    private static void arrayOf(ObjectNode spec, String mediaTypePointer, String schemaName) {
        ObjectNode array = ((ObjectNode) spec.at(mediaTypePointer)).putObject("schema").put("type", "array");
        array.putObject("items").put("$ref", "#/components/schemas/" + schemaName);
    }

    private static void anyJson(ObjectNode owner, String member) {
        owner.putObject(member);
    }
}
