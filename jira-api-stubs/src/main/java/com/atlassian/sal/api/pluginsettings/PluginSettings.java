package com.atlassian.sal.api.pluginsettings;

/**
 * Compile-only stub of {@code com.atlassian.sal.api.pluginsettings.PluginSettings}; Javadoc: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/pluginsettings/PluginSettings.html
 * Ledger: §6.2 interface, C10
 */
public interface PluginSettings {
    /** https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/pluginsettings/PluginSettings.html#get-java.lang.String- — C10 (ledger §6.2) */
    Object get(String key);

    /** https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/pluginsettings/PluginSettings.html#put-java.lang.String-java.lang.Object- — C10 (ledger §6.2; values String, List<String>, Map<String,String>, Properties) */
    Object put(String key, Object value);
}
