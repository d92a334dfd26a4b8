package com.lastmile.connector.jira.api;

import com.lastmile.core.tracker.ValueKind;

/**
 * The system custom field type and searcher a Last Mile value kind is created with over REST. A RACI value is JSON
 * text, so it becomes a multi-line text field (the plugin's own RACI type exists only where the plugin runs).
 *
 * @param type the custom field type key
 * @param searcherKey the searcher key Jira requires to match the type
 */
record CustomFieldType(String type, String searcherKey) {

    private static final String PREFIX = "com.atlassian.jira.plugin.system.customfieldtypes:";

    static CustomFieldType of(ValueKind kind) {
        return switch (kind) {
            case TEXT -> system("textfield", "textsearcher");
            case TEXTAREA, RACI -> system("textarea", "textsearcher");
            case NUMBER -> system("float", "exactnumber");
            case USER -> system("userpicker", "userpickergroupsearcher");
        };
    }

    private static CustomFieldType system(String type, String searcher) {
        return new CustomFieldType(PREFIX + type, PREFIX + searcher);
    }
}
