package com.lastmile.core.tracker;

import com.lastmile.core.model.OriginalPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * A checkpoint's plan as first set, read from its changelog so that a re-plan never hides slippage (DESIGN.md
 * "Jira mapping", checkpoint). The first change of a field tells its first value: the old value, or the new one
 * when the field was empty before. A field never changed still has its first value.
 */
public final class OriginalPlanRule {

    /** The changelog's name of the due date field. */
    public static final String DUE_DATE = "duedate";

    private OriginalPlanRule() {
    }

    /**
     * @param changes the checkpoint's field changes, in any order
     * @param plannedField the planned value field's name as the changelog writes it, or null when it does not exist
     * @return the original plan, or null when neither the planned value nor the due date was ever changed
     */
    public static OriginalPlan of(List<FieldChange> changes, String plannedField, BigDecimal currentPlanned,
                                  LocalDate currentDue) {
        List<FieldChange> oldestFirst = changes.stream().sorted(Comparator.comparing(FieldChange::time)).toList();
        FieldChange firstPlanned = first(oldestFirst, plannedField);
        FieldChange firstDue = first(oldestFirst, DUE_DATE);
        if (firstPlanned == null && firstDue == null) {
            return null;
        }
        BigDecimal planned = firstPlanned == null ? currentPlanned
                : number(firstNonBlank(firstPlanned.fromText(), firstPlanned.toText()));
        LocalDate due = firstDue == null ? currentDue : date(firstNonBlank(firstDue.from(), firstDue.to()));
        return new OriginalPlan(planned, due);
    }

    private static FieldChange first(List<FieldChange> oldestFirst, String field) {
        if (field == null) {
            return null;
        }
        return oldestFirst.stream().filter(change -> field.equalsIgnoreCase(change.field())).findFirst().orElse(null);
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Due dates are logged as "yyyy-MM-dd" followed by a time on some sites ("2026-03-31 00:00:00.0"). */
    private static LocalDate date(String text) {
        try {
            return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
