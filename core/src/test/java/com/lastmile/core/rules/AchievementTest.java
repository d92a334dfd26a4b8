package com.lastmile.core.rules;

import static com.lastmile.core.Fixtures.decrease;
import static com.lastmile.core.Fixtures.increase;
import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Metric;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AchievementTest {

    @Test
    void increaseWithoutBaselineIsActualOverTarget() {
        assertThat(Achievement.ofTarget(increase(null, "50", "22"))).isEqualByComparingTo("0.44");
    }

    @Test
    void baselineIsSubtractedFromBothSides() {
        assertThat(Achievement.ofTarget(increase("40", "50", "45"))).isEqualByComparingTo("0.5");
    }

    @Test
    void achievementIsUncapped() {
        assertThat(Achievement.ofTarget(increase("0", "40", "60"))).isEqualByComparingTo("1.5");
    }

    @Test
    void decreaseMetricCountsFallingValuesAsAchievement() {
        // cost from 30 days down to 20: 24 days is 60 % of the way
        assertThat(Achievement.ofTarget(decrease("30", "20", "24"))).isEqualByComparingTo("0.6");
        // and rising cost is negative achievement
        assertThat(Achievement.ofTarget(decrease("30", "20", "33"))).isEqualByComparingTo("-0.3");
    }

    @Test
    void decreaseWithoutBaselineIsAnErrorAndHasNoAchievement() {
        Metric metric = decrease(null, "20", "24");
        assertThat(Achievement.definitionProblems(metric)).containsExactly(Rule.METRIC_BASELINE_REQUIRED);
        assertThat(Achievement.ofTarget(metric)).isNull();
    }

    @Test
    void targetEqualToBaselineIsAnError() {
        Metric metric = increase("50", "50", "55");
        assertThat(Achievement.definitionProblems(metric)).containsExactly(Rule.METRIC_TARGET_EQUALS_BASELINE);
        assertThat(Achievement.ofTarget(metric)).isNull();
    }

    @Test
    void targetZeroWithoutBaselineEqualsTheImplicitZeroBaseline() {
        assertThat(Achievement.definitionProblems(increase(null, "0", "3")))
                .containsExactly(Rule.METRIC_TARGET_EQUALS_BASELINE);
    }

    @Test
    void stretchAchievementUsesTheSameFormulaAgainstTheStretchTarget() {
        Metric metric = new Metric("signed", "", Direction.INCREASE, BigDecimal.ZERO, new BigDecimal("50"),
                new BigDecimal("60"), new BigDecimal("22"), false);
        assertThat(Achievement.ofStretch(metric)).isEqualByComparingTo(new BigDecimal("22").divide(new BigDecimal("60"), Decimals.QUOTIENT));
        assertThat(Achievement.ofStretch(increase(null, "50", "22"))).isNull();
    }

    @Test
    void noActualMeansNoAchievement() {
        assertThat(Achievement.ofTarget(increase("0", "50", null))).isNull();
    }

    @Test
    void quotientsKeepSixteenSignificantDigits() {
        assertThat(Achievement.ofTarget(increase(null, "3", "1")).toPlainString()).isEqualTo("0.3333333333333333");
    }
}
