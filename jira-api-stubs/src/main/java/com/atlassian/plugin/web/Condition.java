package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Compile-only stub of {@code com.atlassian.plugin.web.Condition}; Javadoc: https://docs.atlassian.com/atlassian-plugins-webfragment-api/latest/com/atlassian/plugin/web/Condition.html
 * Ledger: not in the ledger: interface of atlassian-plugins-webfragment-api (SP pom), C8
 */
public interface Condition {
    /** https://docs.atlassian.com/atlassian-plugins-webfragment-api/latest/com/atlassian/plugin/web/Condition.html#init-java.util.Map- — C10 (ledger §6.2 lists the same init on ContextProvider; Condition is its sibling in atlassian-plugins-webfragment-api) */
    void init(Map<String, String> params) throws PluginParseException;

    /** https://docs.atlassian.com/atlassian-plugins-webfragment-api/latest/com/atlassian/plugin/web/Condition.html#shouldDisplay-java.util.Map- — C8 (webfragment API; every web-item condition implements it) */
    boolean shouldDisplay(Map<String, Object> context);
}
