package com.lastmile.core.tracker;

import com.lastmile.core.model.ItemType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The custom fields Last Mile keeps its data in (DESIGN.md "Jira mapping"), with the English name each is created
 * with, the kind of value it holds and the issue types it applies to. Admins may rename a field; hosts find fields
 * by id once they know it, and by this name only when creating or discovering them.
 */
public enum TrackerField {
    METRIC_NAME("Metric name", ValueKind.TEXT, Applies.GOALS),
    METRIC_UNIT("Metric unit", ValueKind.TEXT, Applies.GOALS),
    METRIC_DIRECTION("Metric direction", ValueKind.TEXT, Applies.GOALS),
    METRIC_BASELINE("Metric baseline", ValueKind.NUMBER, Applies.GOALS),
    METRIC_TARGET("Metric target", ValueKind.NUMBER, Applies.GOALS),
    METRIC_STRETCH("Metric stretch target", ValueKind.NUMBER, Applies.GOALS),
    METRIC_ACTUAL("Metric current value", ValueKind.NUMBER, Applies.GOALS),
    METRIC_ADDITIVE("Metric additive", ValueKind.TEXT, Applies.GOALS),
    WEIGHT("Roll-up weight", ValueKind.NUMBER, Applies.GOALS_AND_WORK),
    PLANNED("Planned value", ValueKind.NUMBER, Applies.CHECKPOINTS),
    ACTUAL("Actual value", ValueKind.NUMBER, Applies.CHECKPOINTS),
    SAMPLED("Verification sampled", ValueKind.NUMBER, Applies.CHECKPOINTS),
    PASSED("Verification passed", ValueKind.NUMBER, Applies.CHECKPOINTS),
    VERIFIER("Verified by", ValueKind.USER, Applies.CHECKPOINTS),
    VERIFICATION_NOTE("Verification note", ValueKind.TEXTAREA, Applies.CHECKPOINTS),
    CAUSE("Deviation cause", ValueKind.TEXTAREA, Applies.CHECKPOINTS),
    RACI("RACI", ValueKind.RACI, Applies.GOALS_AND_EPICS);

    /** The name of the issue link type that carries "contributes to" (child → parent, action → checkpoint). */
    public static final String LINK_TYPE_NAME = "Contributes to";
    public static final String LINK_OUTWARD = "contributes to";
    public static final String LINK_INWARD = "is contributed to by";

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
    private final ValueKind kind;
    private final Applies applies;

    TrackerField(String defaultName, ValueKind kind, Applies applies) {
        this.defaultName = defaultName;
        this.kind = kind;
        this.applies = applies;
    }

    /** The English name the field is created with. */
    public String defaultName() {
        return defaultName;
    }

    public ValueKind kind() {
        return kind;
    }

    public Applies applies() {
        return applies;
    }
}
