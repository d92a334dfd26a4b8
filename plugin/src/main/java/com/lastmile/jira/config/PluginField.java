package com.lastmile.jira.config;

import com.lastmile.core.tracker.TrackerField;
import com.lastmile.core.tracker.ValueKind;
import com.lastmile.jira.field.RaciFieldType;

/**
 * The plugin's view of core's {@link TrackerField} catalogue: the same fields in the same order, each with the Jira
 * field type and searcher the plugin creates it with (the RACI field is the plugin's own type).
 */
public enum PluginField {
    METRIC_NAME(TrackerField.METRIC_NAME),
    METRIC_UNIT(TrackerField.METRIC_UNIT),
    METRIC_DIRECTION(TrackerField.METRIC_DIRECTION),
    METRIC_BASELINE(TrackerField.METRIC_BASELINE),
    METRIC_TARGET(TrackerField.METRIC_TARGET),
    METRIC_STRETCH(TrackerField.METRIC_STRETCH),
    METRIC_ACTUAL(TrackerField.METRIC_ACTUAL),
    METRIC_ADDITIVE(TrackerField.METRIC_ADDITIVE),
    WEIGHT(TrackerField.WEIGHT),
    PLANNED(TrackerField.PLANNED),
    ACTUAL(TrackerField.ACTUAL),
    SAMPLED(TrackerField.SAMPLED),
    PASSED(TrackerField.PASSED),
    VERIFIER(TrackerField.VERIFIER),
    VERIFICATION_NOTE(TrackerField.VERIFICATION_NOTE),
    CAUSE(TrackerField.CAUSE),
    RACI(TrackerField.RACI);

    private static final String SYSTEM = "com.atlassian.jira.plugin.system.customfieldtypes:";

    /** A field's Jira type and the searcher it is created with. */
    public enum Kind {
        TEXT(SYSTEM + "textfield", SYSTEM + "textsearcher"),
        TEXTAREA(SYSTEM + "textarea", SYSTEM + "textsearcher"),
        NUMBER(SYSTEM + "float", SYSTEM + "exactnumber"),
        USER(SYSTEM + "userpicker", SYSTEM + "userpickergroupsearcher"),
        RACI(RaciFieldType.TYPE_KEY, SYSTEM + "textsearcher");

        private final String typeKey;
        private final String searcherKey;

        Kind(String typeKey, String searcherKey) {
            this.typeKey = typeKey;
            this.searcherKey = searcherKey;
        }

        static Kind of(ValueKind kind) {
            return valueOf(kind.name());
        }

        public String typeKey() {
            return typeKey;
        }

        public String searcherKey() {
            return searcherKey;
        }
    }

    private final TrackerField field;

    PluginField(TrackerField field) {
        this.field = field;
    }

    /** The English name the field is created with; admins may rename it, the plugin finds it by id. */
    public String defaultName() {
        return field.defaultName();
    }

    public Kind kind() {
        return Kind.of(field.kind());
    }

    public TrackerField.Applies applies() {
        return field.applies();
    }
}
