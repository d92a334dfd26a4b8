package com.lastmile.connector.jira.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.connector.jira.api.JiraFlavor;
import java.util.List;
import java.util.Map;

/**
 * How an imported issue is marked with its workspace key and how a later run's search reads the key back: the one
 * place where the flavors differ in it.
 *
 * <p>Both flavors set the entity property {@link ImportMarker} at creation: it is the issue's identity, and Cloud's
 * search returns it. Data Center's search cannot return entity properties (the 10.3 spec's
 * {@code SearchRequestBean} has no {@code properties}; feature request JRASERVER-62898), so there every issue also
 * carries its workspace key in the one-line text field {@value #KEY_FIELD_NAME}, which provisioning creates on Data
 * Center only, and the search reads that field instead.
 */
sealed interface MarkerStrategy {

    String KEY_FIELD_NAME = "Last Mile import key";

    /**
     * @param keyFieldId the key field's id on Data Center, or null while the site has none (then no issue carries
     *     it yet); not used on Cloud
     */
    static MarkerStrategy of(JiraFlavor flavor, String keyFieldId) {
        return switch (flavor) {
            case CLOUD -> new ByProperty();
            case DATA_CENTER -> new ByKeyField(keyFieldId);
        };
    }

    /** Whether sites of the flavor need the {@value #KEY_FIELD_NAME} field. */
    static boolean needsKeyField(JiraFlavor flavor) {
        return flavor == JiraFlavor.DATA_CENTER;
    }

    /** The entity properties a new issue is created with: the marker, on both flavors. */
    default Map<String, JsonNode> properties(String workspaceKey) {
        return Map.of(ImportMarker.PROPERTY, ImportMarker.of(workspaceKey));
    }

    /** Field values, by field id, a new issue is created with besides its item's. */
    Map<String, JsonNode> fields(String workspaceKey);

    /** The fields the search for imported issues asks for. */
    List<String> searchedFields();

    /** The entity properties the search for imported issues asks for. */
    List<String> searchedProperties();

    /** The workspace key a found issue is marked with, or null when it has none. */
    String workspaceKey(IssueRecord issue);

    /** Cloud: the search returns the entity property. */
    record ByProperty() implements MarkerStrategy {

        @Override
        public Map<String, JsonNode> fields(String workspaceKey) {
            return Map.of();
        }

        @Override
        public List<String> searchedFields() {
            return List.of();
        }

        @Override
        public List<String> searchedProperties() {
            return List.of(ImportMarker.PROPERTY);
        }

        @Override
        public String workspaceKey(IssueRecord issue) {
            return ImportMarker.workspaceKey(issue.properties().get(ImportMarker.PROPERTY));
        }
    }

    /** Data Center: the search returns the key field. */
    record ByKeyField(String fieldId) implements MarkerStrategy {

        @Override
        public Map<String, JsonNode> fields(String workspaceKey) {
            if (fieldId == null) {
                throw new IllegalStateException(KEY_FIELD_NAME + " was neither found nor provisioned");
            }
            return Map.of(fieldId, JsonNodeFactory.instance.textNode(workspaceKey));
        }

        @Override
        public List<String> searchedFields() {
            return fieldId == null ? List.of() : List.of(fieldId);
        }

        @Override
        public List<String> searchedProperties() {
            return List.of();
        }

        @Override
        public String workspaceKey(IssueRecord issue) {
            JsonNode value = fieldId == null ? null : issue.fields().get(fieldId);
            return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
        }
    }
}
