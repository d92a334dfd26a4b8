package com.lastmile.connector.jira.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.api.FieldJson;
import com.lastmile.connector.jira.load.RaciField;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Verification;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Last Mile field values of an item, by field id, as the plugin reads them back: direction as
 * {@code increase}/{@code decrease}, additive as {@code yes}/{@code no}, numbers as given, the RACI as its JSON
 * text. Empty values are left out, so a field stays empty rather than holding a blank.
 */
final class ItemFieldValues {

    static final String YES = "yes";
    static final String NO = "no";

    private final JiraIds ids;
    private final FieldJson values;

    ItemFieldValues(JiraIds ids, FieldJson values) {
        this.ids = ids;
        this.values = values;
    }

    Map<String, JsonNode> of(Item item) {
        Map<String, JsonNode> fields = new HashMap<>();
        if (item.metric() != null) {
            putMetric(fields, item.metric());
        }
        putNumber(fields, TrackerField.WEIGHT, item.weight());
        if (item.points() != null && ids.storyPointsField() != null) {
            fields.put(ids.storyPointsField(), values.number(item.points()));
        }
        if (item.raci() != null) {
            putText(fields, TrackerField.RACI, RaciField.write(item.raci()));
        }
        if (item.checkpoint() != null) {
            putCheckpoint(fields, item);
        }
        return fields;
    }

    private void putMetric(Map<String, JsonNode> fields, Metric metric) {
        putText(fields, TrackerField.METRIC_NAME, metric.name());
        putText(fields, TrackerField.METRIC_UNIT, metric.unit());
        putText(fields, TrackerField.METRIC_DIRECTION, metric.direction().name().toLowerCase(Locale.ROOT));
        putNumber(fields, TrackerField.METRIC_BASELINE, metric.baseline());
        putNumber(fields, TrackerField.METRIC_TARGET, metric.target());
        putNumber(fields, TrackerField.METRIC_STRETCH, metric.stretch());
        putNumber(fields, TrackerField.METRIC_ACTUAL, metric.actual());
        putText(fields, TrackerField.METRIC_ADDITIVE, metric.additive() ? YES : NO);
    }

    private void putCheckpoint(Map<String, JsonNode> fields, Item item) {
        CheckpointData checkpoint = item.checkpoint();
        putNumber(fields, TrackerField.PLANNED, Replan.createdPlanned(item));
        putNumber(fields, TrackerField.ACTUAL, checkpoint.actual());
        putText(fields, TrackerField.CAUSE, checkpoint.cause());
        Verification verification = checkpoint.verification();
        if (verification != null) {
            putNumber(fields, TrackerField.SAMPLED, BigDecimal.valueOf(verification.sampled()));
            putNumber(fields, TrackerField.PASSED, BigDecimal.valueOf(verification.passed()));
            if (verification.verifier() != null) {
                fields.put(ids.field(TrackerField.VERIFIER), values.user(verification.verifier()));
            }
            putText(fields, TrackerField.VERIFICATION_NOTE, verification.note());
        }
    }

    private void putNumber(Map<String, JsonNode> fields, TrackerField field, BigDecimal value) {
        if (value != null) {
            fields.put(ids.field(field), values.number(value));
        }
    }

    private void putText(Map<String, JsonNode> fields, TrackerField field, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(ids.field(field), values.text(field.kind(), value));
        }
    }
}
