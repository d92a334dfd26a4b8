package com.lastmile.core.finding;

/** Every rule of DESIGN.md "Domain rules", with its severity. The name is the stable finding id. */
public enum Rule {
    METRIC_BASELINE_REQUIRED(Severity.ERROR),
    METRIC_TARGET_EQUALS_BASELINE(Severity.ERROR),
    GOAL_NOT_MEASURABLE(Severity.WARNING),
    CONTROLLABLE_DEVIATION_WITHOUT_CAUSE(Severity.WARNING),
    MAJOR_DEVIATION_WITHOUT_ACTION(Severity.ERROR),
    CHECKPOINT_OVERDUE(Severity.WARNING),
    CHECKPOINT_VERIFICATION_FAILED(Severity.WARNING),
    RACI_MISSING(Severity.ERROR),
    RACI_NO_ACCOUNTABLE(Severity.ERROR),
    RACI_MULTIPLE_ACCOUNTABLE(Severity.ERROR),
    RACI_NO_RESPONSIBLE(Severity.ERROR),
    RACI_UNKNOWN_PERSON(Severity.ERROR),
    RACI_INACTIVE_PERSON(Severity.ERROR),
    RACI_REDUNDANT_ROLE(Severity.WARNING),
    RACI_TOO_MANY_RESPONSIBLE(Severity.WARNING),
    RACI_OVERLOADED_ACCOUNTABLE(Severity.INFO),
    HIERARCHY_LEVEL_ORDER(Severity.ERROR),
    HIERARCHY_CYCLE(Severity.ERROR),
    HIERARCHY_UNKNOWN_PARENT(Severity.ERROR),
    ORPHAN_EPIC(Severity.WARNING),
    ORPHAN_GOAL(Severity.WARNING),
    DECOMPOSITION_GAP(Severity.WARNING);

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The i18n key of the message template. */
    public String messageKey() {
        return "finding." + name();
    }
}
