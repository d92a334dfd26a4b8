package com.lastmile.jira.config;

import com.lastmile.core.model.ItemType;
import com.lastmile.jira.field.RaciFieldType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The custom fields Last Mile keeps its data in (DESIGN.md "Jira mapping"). Each is an ordinary Jira field of a
 * system type (the RACI field is the plugin's own), so Jira's permissions, history, JQL and imports apply.
 */
public enum PluginField {
    METRIC_NAME("Metric name", Kind.TEXT, Applies.GOALS),
    METRIC_UNIT("Metric unit", Kind.TEXT, Applies.GOALS),
    METRIC_DIRECTION("Metric direction", Kind.TEXT, Applies.GOALS),
    METRIC_BASELINE("Metric baseline", Kind.NUMBER, Applies.GOALS),
    METRIC_TARGET("Metric target", Kind.NUMBER, Applies.GOALS),
    METRIC_STRETCH("Metric stretch target", Kind.NUMBER, Applies.GOALS),
    METRIC_ACTUAL("Metric current value", Kind.NUMBER, Applies.GOALS),
    METRIC_ADDITIVE("Metric additive", Kind.TEXT, Applies.GOALS),
    WEIGHT("Roll-up weight", Kind.NUMBER, Applies.GOALS_AND_WORK),
    PLANNED("Planned value", Kind.NUMBER, Applies.CHECKPOINTS),
    ACTUAL("Actual value", Kind.NUMBER, Applies.CHECKPOINTS),
    SAMPLED("Verification sampled", Kind.NUMBER, Applies.CHECKPOINTS),
    PASSED("Verification passed", Kind.NUMBER, Applies.CHECKPOINTS),
    VERIFIER("Verified by", Kind.USER, Applies.CHECKPOINTS),
    VERIFICATION_NOTE("Verification note", Kind.TEXTAREA, Applies.CHECKPOINTS),
    CAUSE("Deviation cause", Kind.TEXTAREA, Applies.CHECKPOINTS),
    RACI("RACI", Kind.RACI, Applies.GOALS_AND_EPICS);

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

        public String typeKey() {
            return typeKey;
        }

        public String searcherKey() {
            return searcherKey;
        }
    }

    /** The issue types a field's context is created for. */
    public enum Applies {
        GOALS(EnumSet.of(ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN, ItemType.TACTIC)),
        GOALS_AND_EPICS(EnumSet.of(ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN, ItemType.TACTIC, ItemType.EPIC)),
        GOALS_AND_WORK(EnumSet.of(ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN, ItemType.TACTIC, ItemType.EPIC,
                ItemType.STORY, ItemType.TASK, ItemType.BUG)),
        CHECKPOINTS(EnumSet.of(ItemType.CHECKPOINT));

        private final Set<ItemType> types;

        Applies(Set<ItemType> types) {
            this.types = types;
        }

        public Set<ItemType> types() {
            return types;
        }
    }

    private final String defaultName;
    private final Kind kind;
    private final Applies applies;

    PluginField(String defaultName, Kind kind, Applies applies) {
        this.defaultName = defaultName;
        this.kind = kind;
        this.applies = applies;
    }

    /** The English name the field is created with; admins may rename it, the plugin finds it by id. */
    public String defaultName() {
        return defaultName;
    }

    public Kind kind() {
        return kind;
    }

    public Applies applies() {
        return applies;
    }
}
