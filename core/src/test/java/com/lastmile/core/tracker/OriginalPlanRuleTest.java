package com.lastmile.core.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.OriginalPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginalPlanRuleTest {

    private static final String PLANNED = "Planned value";
    private static final BigDecimal CURRENT_PLANNED = new BigDecimal("8");
    private static final LocalDate CURRENT_DUE = LocalDate.of(2026, 4, 30);

    private static FieldChange change(String day, String field, String from, String fromText, String to,
                                      String toText) {
        return new FieldChange(Instant.parse(day + "T09:00:00Z"), field, from, fromText, to, toText);
    }

    private static OriginalPlan of(List<FieldChange> changes) {
        return OriginalPlanRule.of(changes, PLANNED, CURRENT_PLANNED, CURRENT_DUE);
    }

    @Test
    void aPlanNeverChangedHasNoOriginal() {
        assertThat(of(List.of(change("2026-01-10", "summary", null, "old", null, "new")))).isNull();
        assertThat(of(List.of())).isNull();
    }

    @Test
    void theOldValueOfTheEarliestChangeIsTheOriginalWhateverTheListOrder() {
        List<FieldChange> changes = List.of(
                change("2026-02-01", PLANNED, null, "9", null, "8"),
                change("2026-01-10", PLANNED, null, "10", null, "9"));

        assertThat(of(changes)).isEqualTo(new OriginalPlan(new BigDecimal("10"), CURRENT_DUE));
    }

    @Test
    void aFieldEmptyBeforeItsFirstChangeStartedWithTheNewValue() {
        List<FieldChange> changes = List.of(
                change("2026-01-10", PLANNED, null, "", null, "12"),
                change("2026-01-20", PLANNED, null, "12", null, "8"),
                change("2026-01-10", "duedate", null, null, "2026-03-31", "31/Mar/26"));

        assertThat(of(changes)).isEqualTo(new OriginalPlan(new BigDecimal("12"), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void theDueDateComesFromTheRawValueWithItsTimeCutOff() {
        List<FieldChange> changes = List.of(
                change("2026-01-10", "DueDate", "2026-03-31 00:00:00.0", "31/Mar/26", "2026-04-30 00:00:00.0",
                        "30/Apr/26"));

        assertThat(of(changes)).isEqualTo(new OriginalPlan(CURRENT_PLANNED, LocalDate.of(2026, 3, 31)));
    }

    @Test
    void fieldNamesMatchIgnoringCase() {
        assertThat(of(List.of(change("2026-01-10", "planned VALUE", null, "5", null, "8"))))
                .isEqualTo(new OriginalPlan(new BigDecimal("5"), CURRENT_DUE));
    }

    @Test
    void unreadableFirstValuesAreUnknownRatherThanGuessed() {
        List<FieldChange> changes = List.of(
                change("2026-01-10", PLANNED, null, "about ten", null, "8"),
                change("2026-01-10", "duedate", "soon", "soon", "2026-04-30", "30/Apr/26"));

        assertThat(of(changes)).isEqualTo(new OriginalPlan(null, null));
    }

    @Test
    void withoutAPlannedFieldOnlyTheDueDateCounts() {
        List<FieldChange> changes = List.of(
                change("2026-01-10", PLANNED, null, "10", null, "8"),
                change("2026-01-11", "duedate", "2026-03-31", "31/Mar/26", "2026-04-30", "30/Apr/26"));

        assertThat(OriginalPlanRule.of(changes, null, CURRENT_PLANNED, CURRENT_DUE))
                .isEqualTo(new OriginalPlan(CURRENT_PLANNED, LocalDate.of(2026, 3, 31)));
        assertThat(OriginalPlanRule.of(changes.subList(0, 1), null, CURRENT_PLANNED, CURRENT_DUE)).isNull();
    }
}
