package com.lastmile.connector.jira.api;

/**
 * @param id "summary" or "customfield_10010"
 * @param customType the custom field type key ({@code schema.custom}), null for system fields
 */
public record FieldInfo(String id, String name, boolean custom, String customType) {

    /** The custom field type of Jira Software's Epic Link field, whose id differs per Data Center site. */
    public static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
}
