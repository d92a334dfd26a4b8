package com.lastmile.connector.jira.importer;

import com.lastmile.core.model.ItemType;
import com.lastmile.core.tracker.TrackerField;
import java.util.EnumMap;
import java.util.Map;

/**
 * The site's ids the drafts need, complete once provisioning is done.
 *
 * @param storyPointsField the field story points go to, or null when points are not imported
 * @param keyField the {@value MarkerStrategy#KEY_FIELD_NAME} field, or null where the flavor has none
 */
record JiraIds(Map<ItemType, String> issueTypes, Map<TrackerField, String> fields, String storyPointsField,
               String keyField) {

    JiraIds {
        issueTypes = issueTypes.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(issueTypes));
        fields = fields.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fields));
    }

    String issueType(ItemType type) {
        return require(issueTypes.get(type), type.displayName());
    }

    String field(TrackerField field) {
        return require(fields.get(field), field.defaultName());
    }

    private static String require(String id, String name) {
        if (id == null) {
            throw new IllegalStateException(name + " was neither found nor provisioned");
        }
        return id;
    }
}
