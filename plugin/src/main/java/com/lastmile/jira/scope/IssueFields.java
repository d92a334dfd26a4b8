package com.lastmile.jira.scope;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.PluginField;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The plugin's custom field values of issues, typed. Fields are looked up once per load by the ids the lifecycle
 * stored; a field that does not exist (deleted by an admin) reads as empty everywhere.
 */
public final class IssueFields {

    static final String STORY_POINTS = "Story Points";

    private final Map<PluginField, CustomField> fields = new EnumMap<>(PluginField.class);
    private final CustomField storyPoints;

    public IssueFields(CustomFieldManager customFields, JiraSettings settings) {
        for (PluginField field : PluginField.values()) {
            settings.fieldId(field).map(customFields::getCustomFieldObject).ifPresent(cf -> fields.put(field, cf));
        }
        this.storyPoints = customFields.getCustomFieldObjectsByName(STORY_POINTS).stream().findFirst().orElse(null);
    }

    public CustomField field(PluginField field) {
        return fields.get(field);
    }

    public String text(Issue issue, PluginField field) {
        Object value = value(issue, fields.get(field));
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    public BigDecimal number(Issue issue, PluginField field) {
        return decimal(value(issue, fields.get(field)));
    }

    /** The user key held by a user picker field. */
    public String userKey(Issue issue, PluginField field) {
        return value(issue, fields.get(field)) instanceof ApplicationUser user ? user.getKey() : null;
    }

    /** Jira Software's story points, when that field exists. */
    public BigDecimal storyPoints(Issue issue) {
        return decimal(value(issue, storyPoints));
    }

    private static Object value(Issue issue, CustomField field) {
        return field == null ? null : issue.getCustomFieldValue(field);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Number number) {
            // Jira's number fields hold doubles; their shortest decimal text is the value people typed
            return new BigDecimal(number.toString());
        }
        return null;
    }
}
