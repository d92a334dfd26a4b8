package com.lastmile.jira.config;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes {@link JiraSettings} in SAL's global plugin settings. Nothing is cached, so a change made on
 * one cluster node is seen by all. Unreadable stored values fall back to the defaults rather than break pages.
 */
public final class SettingsStore {

    static final String PREFIX = "com.lastmile.jira.";
    static final String THRESHOLDS = PREFIX + "thresholds";
    static final String ACCOUNTABLE_LIMIT = PREFIX + "accountableLimit";
    static final String RACI_REQUIRED_ON = PREFIX + "raciRequiredOn";
    static final String ISSUE_TYPES = PREFIX + "issueTypes";
    static final String FIELDS = PREFIX + "fields";
    static final String LINK_TYPE = PREFIX + "linkType";

    private final PluginSettingsFactory factory;

    public SettingsStore(PluginSettingsFactory factory) {
        this.factory = factory;
    }

    public JiraSettings load() {
        PluginSettings stored = factory.createGlobalSettings();
        return new JiraSettings(rules(stored), enumMap(stored.get(ISSUE_TYPES), ItemType.class),
                enumMap(stored.get(FIELDS), PluginField.class), longValue(stored.get(LINK_TYPE)));
    }

    public void saveRules(Settings rules) {
        PluginSettings stored = factory.createGlobalSettings();
        stored.put(THRESHOLDS, Map.of("normal", rules.normalPercent().toPlainString(),
                "controllable", rules.controllablePercent().toPlainString()));
        stored.put(ACCOUNTABLE_LIMIT, Integer.toString(rules.accountableLimit()));
        stored.put(RACI_REQUIRED_ON, rules.raciRequiredOn().stream().map(Enum::name).sorted().toList());
    }

    public void saveIssueTypes(Map<ItemType, String> issueTypeIds) {
        factory.createGlobalSettings().put(ISSUE_TYPES, names(issueTypeIds));
    }

    public void saveFields(Map<PluginField, String> fieldIds) {
        factory.createGlobalSettings().put(FIELDS, names(fieldIds));
    }

    public void saveLinkType(Long linkTypeId) {
        factory.createGlobalSettings().put(LINK_TYPE, linkTypeId.toString());
    }

    private static Settings rules(PluginSettings stored) {
        Settings defaults = Settings.defaults();
        try {
            Map<?, ?> thresholds = stored.get(THRESHOLDS) instanceof Map<?, ?> map ? map : Map.of();
            BigDecimal normal = decimal(thresholds.get("normal"), defaults.normalPercent());
            BigDecimal controllable = decimal(thresholds.get("controllable"), defaults.controllablePercent());
            Object limit = stored.get(ACCOUNTABLE_LIMIT);
            int accountableLimit = limit == null ? defaults.accountableLimit() : Integer.parseInt(limit.toString());
            return new Settings(normal, controllable, requiredOn(stored.get(RACI_REQUIRED_ON)), accountableLimit);
        } catch (IllegalArgumentException e) {
            return defaults;
        }
    }

    private static Set<ItemType> requiredOn(Object value) {
        if (!(value instanceof List<?> names)) {
            return Settings.defaultRaciRequiredOn();
        }
        Set<ItemType> types = EnumSet.noneOf(ItemType.class);
        for (Object name : names) {
            types.add(ItemType.valueOf(name.toString()));
        }
        return types;
    }

    private static BigDecimal decimal(Object value, BigDecimal fallback) {
        return value == null ? fallback : new BigDecimal(value.toString());
    }

    private static Long longValue(Object value) {
        try {
            return value == null ? null : Long.valueOf(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Map<E, String> enumMap(Object value, Class<E> type) {
        Map<E, String> result = new EnumMap<>(type);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                try {
                    result.put(Enum.valueOf(type, entry.getKey().toString()), entry.getValue().toString());
                } catch (IllegalArgumentException e) {
                    // a name from a newer or older version: ignore it rather than fail
                }
            }
        }
        return result;
    }

    private static Map<String, String> names(Map<? extends Enum<?>, String> values) {
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach((key, value) -> result.put(key.name(), value));
        return result;
    }
}
