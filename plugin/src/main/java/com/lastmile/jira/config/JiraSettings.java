package com.lastmile.jira.config;

import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import java.util.Map;
import java.util.Optional;

/**
 * The site's Last Mile configuration, as stored in SAL plugin settings (database, so every cluster node reads
 * the same): the rule settings, which Jira issue type plays which role, and the ids of the objects the plugin
 * created.
 *
 * @param issueTypeIds Jira issue type id per item type (the type-to-level mapping); types not mapped are
 *                     recognised by name
 * @param fieldIds custom field id ("customfield_N") per plugin field
 * @param linkTypeId id of the Contributes-to link type, or null before it exists
 */
public record JiraSettings(Settings rules, Map<ItemType, String> issueTypeIds, Map<PluginField, String> fieldIds,
                           Long linkTypeId) {

    public JiraSettings {
        issueTypeIds = Map.copyOf(issueTypeIds);
        fieldIds = Map.copyOf(fieldIds);
    }

    public Optional<String> fieldId(PluginField field) {
        return Optional.ofNullable(fieldIds.get(field));
    }

    public Optional<String> issueTypeId(ItemType type) {
        return Optional.ofNullable(issueTypeIds.get(type));
    }
}
