package com.lastmile.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;
import java.util.Optional;

/** Finds the RACI field(s) by their type, so a renamed field or one created by hand is found as well. */
public final class RaciFields {

    private final CustomFieldManager customFields;

    public RaciFields(CustomFieldManager customFields) {
        this.customFields = customFields;
    }

    /** The RACI fields in the issue's field configuration (normally one). */
    public List<CustomField> of(Issue issue) {
        return customFields.getCustomFieldObjects(issue).stream().filter(RaciFields::isRaci).toList();
    }

    /** The site's RACI field: the first of its type. */
    public Optional<CustomField> any() {
        return customFields.getCustomFieldObjects().stream().filter(RaciFields::isRaci).findFirst();
    }

    private static boolean isRaci(CustomField field) {
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        return type != null && RaciFieldType.TYPE_KEY.equals(type.getKey());
    }
}
