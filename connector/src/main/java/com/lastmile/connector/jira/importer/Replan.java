package com.lastmile.connector.jira.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.api.FieldJson;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A re-baselined checkpoint (its {@code original} plan differs from the current one) is created with the original
 * planned value and due date and then edited to the current ones, so that Jira's changelog records the re-plan: the
 * plugin reads the original plan from the first change of each field.
 */
final class Replan {

    static final String DUE_DATE_FIELD = "duedate";

    private Replan() {
    }

    static boolean needed(Item item) {
        OriginalPlan original = original(item);
        return original != null && (!sameNumber(original.planned(), item.checkpoint().planned())
                || !Objects.equals(original.due(), item.due()));
    }

    /** The planned value to create the issue with. */
    static BigDecimal createdPlanned(Item item) {
        CheckpointData checkpoint = item.checkpoint();
        if (checkpoint == null) {
            return null;
        }
        return needed(item) ? checkpoint.original().planned() : checkpoint.planned();
    }

    /** The due date to create the issue with. */
    static LocalDate createdDue(Item item) {
        return needed(item) ? item.checkpoint().original().due() : item.due();
    }

    /** The edit from the original plan to the current one: only the fields that changed. */
    static Map<String, JsonNode> edit(Item item, JiraIds ids, FieldJson values) {
        OriginalPlan original = original(item);
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (!sameNumber(original.planned(), item.checkpoint().planned())) {
            fields.put(ids.field(TrackerField.PLANNED), values.number(item.checkpoint().planned()));
        }
        if (!Objects.equals(original.due(), item.due())) {
            fields.put(DUE_DATE_FIELD, values.date(item.due()));
        }
        return fields;
    }

    /**
     * Whether an issue an earlier run created still shows the original plan of a re-baselined checkpoint: its
     * re-plan edit was refused then, and this run records it.
     */
    static boolean pending(Item item, ImportedIssue issue) {
        return needed(item) && sameNumber(issue.planned(), item.checkpoint().original().planned())
                && Objects.equals(issue.due(), item.checkpoint().original().due());
    }

    private static OriginalPlan original(Item item) {
        return item.checkpoint() == null ? null : item.checkpoint().original();
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
