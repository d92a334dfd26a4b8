package com.lastmile.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.fields.rest.FieldJsonRepresentation;
import com.atlassian.jira.issue.fields.rest.FieldTypeInfo;
import com.atlassian.jira.issue.fields.rest.FieldTypeInfoContext;
import com.atlassian.jira.issue.fields.rest.RestAwareCustomFieldType;
import com.atlassian.jira.issue.fields.rest.json.JsonData;
import com.atlassian.jira.issue.fields.rest.json.JsonType;
import com.atlassian.jira.issue.fields.rest.json.JsonTypeBuilder;
import com.atlassian.jira.util.ErrorCollection;
import com.lastmile.core.rules.RaciRole;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The RACI custom field. The transport and stored value is the JSON text of {@link RaciJson} holding user keys
 * (a String, as Jira's text searcher, default REST input handler and changelog expect); people type usernames.
 * Validation lives in {@link #getValueFromCustomFieldParams} and {@link #getSingularObjectFromString}, the two
 * doors every create, edit, inline edit, bulk edit, REST call and CSV import goes through.
 */
public final class RaciFieldType extends AbstractSingleFieldType<String> implements RestAwareCustomFieldType {

    /** "plugin key:module key" of this type, as Jira names custom field types. */
    public static final String TYPE_KEY = "com.lastmile.jira:raci-field";

    private final RaciInput input;
    private final RaciTemplates templates;

    public RaciFieldType(CustomFieldValuePersister customFieldValuePersister, GenericConfigManager genericConfigManager,
                         RaciInput input, RaciTemplates templates) {
        super(customFieldValuePersister, genericConfigManager);
        this.input = input;
        this.templates = templates;
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_UNLIMITED_TEXT;
    }

    @Override
    protected Object getDbValueFromObject(String customFieldObject) {
        return customFieldObject;
    }

    /** Stored values are read as they are: data stored before a rule existed must stay visible to be fixed. */
    @Override
    protected String getObjectFromDbValue(Object databaseValue) {
        return databaseValue == null ? null : databaseValue.toString();
    }

    /** The typed (username) text of a stored value: changelog, CSV export and the edit form show this. */
    @Override
    public String getStringFromSingularObject(String singularObject) {
        return input.toText(singularObject);
    }

    /** REST "set" and CSV import arrive here with JSON text. */
    @Override
    public String getSingularObjectFromString(String string) throws FieldValidationException {
        return input.fromText(string);
    }

    /** Edit forms send one input per role ("customfield_N:A"); REST and import send JSON under the null key. */
    @Override
    public String getValueFromCustomFieldParams(CustomFieldParams relevantParams) throws FieldValidationException {
        Map<RaciRole, String> form = formInputs(relevantParams);
        if (!form.isEmpty()) {
            return input.fromForm(form);
        }
        Object text = relevantParams.getFirstValueForNullKey();
        return text == null ? null : input.fromText(text.toString());
    }

    @Override
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
                                   FieldConfig config) {
        try {
            getValueFromCustomFieldParams(relevantParams);
        } catch (FieldValidationException e) {
            errorCollectionToAddTo.addError(config.getCustomField().getId(), e.getMessage());
        }
    }

    /** What the edit form shows again after a rejection: the submitted text, not re-validated. */
    @Override
    public Object getStringValueFromCustomFieldParams(CustomFieldParams parameters) {
        Map<RaciRole, String> form = formInputs(parameters);
        if (form.isEmpty()) {
            return parameters.getFirstValueForNullKey();
        }
        return RaciJson.write(RaciForms.toRaci(form));
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("raciTemplates", templates);
        return parameters;
    }

    @Override
    public FieldTypeInfo getFieldTypeInfo(FieldTypeInfoContext fieldTypeInfoContext) {
        return new FieldTypeInfo(null, null);
    }

    @Override
    public JsonType getJsonSchema(CustomField customField) {
        return JsonTypeBuilder.custom(JsonType.ANY_TYPE, TYPE_KEY, customField.getIdAsLong());
    }

    /** REST output: the typed shape as a JSON object, e.g. {"R":["alice"],"A":"bob","C":[],"I":[]}. */
    @Override
    public FieldJsonRepresentation getJsonFromIssue(CustomField field, Issue issue, boolean renderedVersionRequested,
                                                    FieldLayoutItem fieldLayoutItem) {
        Object stored = issue.getCustomFieldValue(field);
        return new FieldJsonRepresentation(new JsonData(stored == null ? null : restValue(input.toText(stored.toString()))));
    }

    /** The typed value as a JSON object; a stored text that cannot be read is shown as the string it is. */
    private static Object restValue(String typed) {
        try {
            return RaciJson.toMap(RaciJson.parse(typed));
        } catch (RaciFormatException e) {
            return typed;
        }
    }

    private static Map<RaciRole, String> formInputs(CustomFieldParams params) {
        Map<RaciRole, String> form = new EnumMap<>(RaciRole.class);
        for (RaciRole role : RaciRole.values()) {
            Collection<String> values = params.getValuesForKey(role.name());
            if (values != null && !values.isEmpty()) {
                form.put(role, String.join(",", values));
            }
        }
        return form;
    }
}
