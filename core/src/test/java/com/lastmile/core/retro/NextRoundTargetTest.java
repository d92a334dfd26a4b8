package com.lastmile.core.retro;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Metric;
import com.lastmile.core.retro.NextRoundTarget.Basis;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NextRoundTargetTest {

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static Metric metric(Direction direction, String baseline, String target, String stretch, String actual) {
        return new Metric("m", "", direction, dec(baseline), dec(target), dec(stretch), dec(actual), false);
    }

    @Test
    void targetNotReachedCarriesTheRemainingGapFromTheActual() {
        NextRoundTarget next = NextRoundTarget.propose(metric(Direction.INCREASE, "0", "50", "60", "22"));
        assertThat(next.basis()).isEqualTo(Basis.CARRY_GAP);
        assertThat(next.baseline()).isEqualByComparingTo("22");
        assertThat(next.target()).isEqualByComparingTo("50");
        assertThat(next.gap()).isEqualByComparingTo("28");
        assertThat(next.achievement()).isEqualByComparingTo("0.44");
        assertThat(next.hasProposal()).isTrue();
    }

    @Test
    void targetReachedWithAStretchLeftProposesTheStretch() {
        NextRoundTarget next = NextRoundTarget.propose(metric(Direction.INCREASE, "0", "50", "60", "50"));
        assertThat(next.basis()).isEqualTo(Basis.STRETCH);
        assertThat(next.baseline()).isEqualByComparingTo("50");
        assertThat(next.target()).isEqualByComparingTo("60");
    }

    @Test
    void targetAndStretchReachedAddTheSameStepAgain() {
        NextRoundTarget next = NextRoundTarget.propose(metric(Direction.INCREASE, "10", "50", "60", "62"));
        assertThat(next.basis()).isEqualTo(Basis.SAME_STEP);
        assertThat(next.step()).isEqualByComparingTo("40");
        assertThat(next.target()).isEqualByComparingTo("102");
        NextRoundTarget noStretch = NextRoundTarget.propose(metric(Direction.INCREASE, null, "40", null, "41.5"));
        assertThat(noStretch.basis()).isEqualTo(Basis.SAME_STEP);
        assertThat(noStretch.target()).isEqualByComparingTo("81.5");
    }

    @Test
    void decreaseMetricsFollowTheSameRuleDownwardsAndNeverBelowZero() {
        // defect rate 12 % → 8 % (stretch 5 %), reached 6 %: stretch left
        assertThat(NextRoundTarget.propose(metric(Direction.DECREASE, "12", "8", "5", "6")).target())
                .isEqualByComparingTo("5");
        // reached 4 %, no stretch: 4 − 4 = 0
        NextRoundTarget sameStep = NextRoundTarget.propose(metric(Direction.DECREASE, "12", "8", null, "4"));
        assertThat(sameStep.basis()).isEqualTo(Basis.SAME_STEP);
        assertThat(sameStep.step()).isEqualByComparingTo("-4");
        assertThat(sameStep.target()).isEqualByComparingTo("0");
        // reached 3 %: 3 − 4 would be negative
        assertThat(NextRoundTarget.propose(metric(Direction.DECREASE, "12", "8", null, "3")).target())
                .isEqualByComparingTo("0");
        // not reached: 10 %, the gap to 8 % carries over
        NextRoundTarget carry = NextRoundTarget.propose(metric(Direction.DECREASE, "12", "8", null, "10"));
        assertThat(carry.basis()).isEqualTo(Basis.CARRY_GAP);
        assertThat(carry.gap()).isEqualByComparingTo("2");
        assertThat(carry.target()).isEqualByComparingTo("8");
    }

    @Test
    void noProposalWithoutActualMetricOrValidMetric() {
        NextRoundTarget noActual = NextRoundTarget.propose(metric(Direction.INCREASE, "0", "50", null, null));
        assertThat(noActual.basis()).isEqualTo(Basis.NO_ACTUAL);
        assertThat(noActual.hasProposal()).isFalse();
        assertThat(noActual.target()).isEqualByComparingTo("50");
        assertThat(NextRoundTarget.propose(null).basis()).isEqualTo(Basis.NO_METRIC);
        assertThat(NextRoundTarget.propose(metric(Direction.DECREASE, null, "5", null, "3")).basis())
                .isEqualTo(Basis.INVALID_METRIC);
        assertThat(NextRoundTarget.propose(metric(Direction.INCREASE, "5", "5", null, "3")).basis())
                .isEqualTo(Basis.INVALID_METRIC);
    }
}
