package com.lastmile.core.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrackerValuesTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void statusCategoryKeysMapToCoresCategories() {
        assertThat(TrackerValues.statusCategory("done")).isEqualTo(StatusCategory.DONE);
        assertThat(TrackerValues.statusCategory("indeterminate")).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(TrackerValues.statusCategory("new")).isEqualTo(StatusCategory.TODO);
        assertThat(TrackerValues.statusCategory("undefined")).isEqualTo(StatusCategory.TODO);
        assertThat(TrackerValues.statusCategory(null)).isEqualTo(StatusCategory.TODO);
    }

    @Test
    void aMetricNeedsANameAndATarget() {
        assertThat(TrackerValues.metric(null, "家", null, null, dec("50"), null, null, null)).isNull();
        assertThat(TrackerValues.metric("签约客户", "家", null, null, null, null, null, null)).isNull();
        assertThat(TrackerValues.metric("签约客户", "家", null, dec("0"), dec("50"), dec("60"), dec("22"), null))
                .isEqualTo(new Metric("签约客户", "家", Direction.INCREASE, dec("0"), dec("50"), dec("60"),
                        dec("22"), false));
    }

    @Test
    void directionAndAdditiveAreReadFromCommonWordsIgnoringCase() {
        assertThat(TrackerValues.metric("cost", null, "Decrease", dec("10"), dec("5"), null, null, "YES"))
                .extracting(Metric::direction, Metric::additive).containsExactly(Direction.DECREASE, true);
        assertThat(TrackerValues.metric("cost", null, "降低", dec("10"), dec("5"), null, null, "是"))
                .extracting(Metric::direction, Metric::additive).containsExactly(Direction.DECREASE, true);
        assertThat(TrackerValues.metric("cost", null, "sideways", dec("10"), dec("5"), null, null, "no"))
                .extracting(Metric::direction, Metric::additive).containsExactly(Direction.INCREASE, false);
    }

    @Test
    void aSpotCheckNeedsAWholeSampleSize() {
        assertThat(TrackerValues.verification(dec("5.0"), dec("4"), "li.ming", "ok"))
                .isEqualTo(new Verification(5, 4, "li.ming", "ok"));
        assertThat(TrackerValues.verification(dec("5"), null, null, null))
                .isEqualTo(new Verification(5, 0, null, null));
        assertThat(TrackerValues.verification(null, dec("4"), "li.ming", null)).isNull();
        assertThat(TrackerValues.verification(dec("5.5"), dec("4"), null, null)).isNull();
    }

    @Test
    void anImpossibleSpotCheckIsLeftOut() {
        assertThat(TrackerValues.verification(dec("3"), dec("4"), null, null)).isNull();
        assertThat(TrackerValues.verification(dec("-1"), null, null, null)).isNull();
    }

    @Test
    void negativeWeightsCountAsNone() {
        assertThat(TrackerValues.nonNegative(dec("-1"))).isNull();
        assertThat(TrackerValues.nonNegative(dec("0"))).isEqualByComparingTo("0");
        assertThat(TrackerValues.nonNegative(null)).isNull();
    }
}
