package com.lastmile.core.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The issue types Last Mile reasons about, with their hierarchy level (DESIGN.md "Hierarchy").
 * Checkpoints and retrospectives hang under a goal but are not part of the level order or the roll-up.
 */
public enum ItemType {
    STRATEGIC_GOAL("Strategic Goal", 0, Kind.GOAL),
    CAMPAIGN("Campaign", 1, Kind.GOAL),
    TACTIC("Tactic", 2, Kind.GOAL),
    EPIC("Epic", 3, Kind.WORK),
    STORY("Story", 4, Kind.WORK),
    TASK("Task", 4, Kind.WORK),
    BUG("Bug", 4, Kind.WORK),
    SUB_TASK("Sub-task", 5, Kind.WORK),
    CHECKPOINT("Checkpoint", 5, Kind.CHECKPOINT),
    RETROSPECTIVE("Retrospective", 5, Kind.RETROSPECTIVE);

    /** What role an item of this type plays in the roll-up. */
    public enum Kind { GOAL, WORK, CHECKPOINT, RETROSPECTIVE }

    private final String displayName;
    private final int level;
    private final Kind kind;

    ItemType(String displayName, int level, Kind kind) {
        this.displayName = displayName;
        this.level = level;
        this.kind = kind;
    }

    /** The English type name, as written in workspace files and created in Jira. */
    public String displayName() {
        return displayName;
    }

    public int level() {
        return level;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isGoal() {
        return kind == Kind.GOAL;
    }

    public boolean isWork() {
        return kind == Kind.WORK;
    }

    /** Checkpoints and retrospectives: attached to an item, outside the level order and the roll-up. */
    public boolean isAttachment() {
        return kind == Kind.CHECKPOINT || kind == Kind.RETROSPECTIVE;
    }

    /** The i18n key of the localised type name. */
    public String messageKey() {
        return "type." + name();
    }

    /** Looks a type up by its display name, ignoring case ("Sub-task", "sub-task"). */
    public static Optional<ItemType> fromDisplayName(String name) {
        return Arrays.stream(values()).filter(t -> t.displayName.equalsIgnoreCase(name)).findFirst();
    }
}
