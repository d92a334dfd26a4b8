package com.lastmile.jira.config;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.HashMap;
import java.util.Map;

/** SAL's global plugin settings as a map, with SAL's rule that values are strings, lists or maps. */
public final class InMemoryPluginSettings implements PluginSettings {

    private final Map<String, Object> values = new HashMap<>();

    @Override
    public Object get(String key) {
        return values.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        if (!(value instanceof String || value instanceof java.util.List || value instanceof Map || value == null)) {
            throw new IllegalArgumentException("SAL cannot store " + value.getClass());
        }
        return values.put(key, value);
    }

    public Map<String, Object> values() {
        return values;
    }

    public PluginSettingsFactory factory() {
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(this);
        return factory;
    }
}
