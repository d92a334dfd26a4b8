package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only stub of {@code com.atlassian.sal.api.pluginsettings.PluginSettingsFactory}; Javadoc: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html
 * Ledger: §6.2 interface, C10
 */
public interface PluginSettingsFactory {
    /** https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html#createGlobalSettings-- — C10 (ledger §6.2) */
    PluginSettings createGlobalSettings();
}
