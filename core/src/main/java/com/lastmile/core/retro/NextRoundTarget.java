package com.lastmile.core.retro;

import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Metric;
import com.lastmile.core.rules.Achievement;
import com.lastmile.core.rules.Decimals;
import java.math.BigDecimal;

/**
 * The suggested target of a goal's next round (PDCA: the next Plan), by one rule:
 * <ul>
 *   <li>the next round starts from this round's actual (the proposed baseline);</li>
 *   <li>target not reached (achievement &lt; 1): the target stays, so the remaining gap carries over
 *       ({@link Basis#CARRY_GAP});</li>
 *   <li>target reached and a stretch target set but not reached: the stretch target becomes the next
 *       target ({@link Basis#STRETCH});</li>
 *   <li>target reached and no stretch target, or the stretch reached too: the actual plus this round's step
 *       {@code target − baseline} (baseline 0 when unset) ({@link Basis#SAME_STEP}); for a decrease metric
 *       whose actual is not negative, never below zero.</li>
 * </ul>
 * Without a metric, with an invalid metric or without an actual there is no proposal; with no actual the
 * current baseline and target are kept.
 *
 * @param basis which branch of the rule applied
 * @param baseline the proposed baseline (this round's actual), or null without proposal
 * @param target the proposed target, or null without proposal
 * @param achievement this round's achievement, or null
 * @param gap what was still missing to the target (|target − actual|) for {@link Basis#CARRY_GAP}, else null
 * @param step {@code target − baseline} for {@link Basis#SAME_STEP}, else null
 */
public record NextRoundTarget(Basis basis, BigDecimal baseline, BigDecimal target, BigDecimal achievement,
                              BigDecimal gap, BigDecimal step) {

    /** Which branch of the rule produced the proposal. */
    public enum Basis { CARRY_GAP, STRETCH, SAME_STEP, NO_ACTUAL, NO_METRIC, INVALID_METRIC }

    /** Applies the rule to a goal's metric (null: the goal has none). */
    public static NextRoundTarget propose(Metric metric) {
        if (metric == null) {
            return new NextRoundTarget(Basis.NO_METRIC, null, null, null, null, null);
        }
        if (!Achievement.definitionProblems(metric).isEmpty()) {
            return new NextRoundTarget(Basis.INVALID_METRIC, null, null, null, null, null);
        }
        BigDecimal actual = metric.actual();
        if (actual == null) {
            return new NextRoundTarget(Basis.NO_ACTUAL, metric.baseline(), metric.target(), null, null, null);
        }
        BigDecimal achievement = Achievement.ofTarget(metric);
        if (achievement.compareTo(BigDecimal.ONE) < 0) {
            return new NextRoundTarget(Basis.CARRY_GAP, actual, metric.target(), achievement,
                    metric.target().subtract(actual).abs(), null);
        }
        BigDecimal stretchAchievement = Achievement.ofStretch(metric);
        if (stretchAchievement != null && stretchAchievement.compareTo(BigDecimal.ONE) < 0) {
            return new NextRoundTarget(Basis.STRETCH, actual, metric.stretch(), achievement, null, null);
        }
        BigDecimal step = metric.target().subtract(Decimals.orZero(metric.baseline()));
        BigDecimal next = actual.add(step);
        if (metric.direction() == Direction.DECREASE && actual.signum() >= 0 && next.signum() < 0) {
            next = BigDecimal.ZERO;
        }
        return new NextRoundTarget(Basis.SAME_STEP, actual, next, achievement, null, step);
    }

    public boolean hasProposal() {
        return basis == Basis.CARRY_GAP || basis == Basis.STRETCH || basis == Basis.SAME_STEP;
    }
}
