package com.lastmile.connector.jira.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.core.model.Raci;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;

/**
 * The Last Mile field values of an issue record, typed as the plugin reads them in-process: text trimmed (blank is
 * none), numbers as decimals, users by id. A field the site lacks, or a value of another shape, reads as none.
 */
final class FieldValues {

    private final SiteFields fields;

    FieldValues(SiteFields fields) {
        this.fields = fields;
    }

    String text(IssueRecord issue, TrackerField field) {
        JsonNode value = raw(issue, fields.id(field));
        String text = value == null ? null : value.isTextual() ? value.asText()
                : AdfText.isDocument(value) ? AdfText.of(value) : null;
        return text == null || text.isBlank() ? null : text.trim();
    }

    BigDecimal number(IssueRecord issue, TrackerField field) {
        return decimal(raw(issue, fields.id(field)));
    }

    /** The id of a user picker's user: Cloud's account id, Data Center's user name. */
    String userId(IssueRecord issue, TrackerField field) {
        JsonNode value = raw(issue, fields.id(field));
        if (value == null || !value.isObject()) {
            return null;
        }
        JsonNode id = value.hasNonNull("accountId") ? value.get("accountId") : value.get("name");
        return id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
    }

    /** The first story point field with a value. */
    BigDecimal storyPoints(IssueRecord issue) {
        for (String id : fields.storyPointIds()) {
            BigDecimal points = decimal(raw(issue, id));
            if (points != null) {
                return points;
            }
        }
        return null;
    }

    /** The epic a story's Epic Link names (Data Center), or null. */
    String epicKey(IssueRecord issue) {
        JsonNode value = raw(issue, fields.epicLinkId());
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
    }

    /** The RACI field's assignment, or null when absent or unreadable. */
    Raci raci(IssueRecord issue) {
        return RaciField.read(raw(issue, fields.id(TrackerField.RACI)));
    }

    /** The field's raw JSON, or null when the site lacks the field or the issue has no value. */
    private static JsonNode raw(IssueRecord issue, String fieldId) {
        JsonNode value = fieldId == null ? null : issue.fields().get(fieldId);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    private static BigDecimal decimal(JsonNode value) {
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }
}
