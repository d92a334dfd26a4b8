package com.lastmile.core.rules;

import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Settings;
import java.math.BigDecimal;

/**
 * Checkpoint deviation {@code s × (actual − planned) / d}: s = +1 for increase, −1 for decrease;
 * d = |planned| when planned ≠ 0, else |target − baseline| when ≠ 0, else 1.
 * Bands are decided by exact comparison, never on a rounded quotient, so −5 % is exactly NORMAL.
 *
 * @param signedGap s × (actual − planned), exact
 * @param denominator d, exact and positive
 */
public record Deviation(BigDecimal signedGap, BigDecimal denominator) {

    /** The deviation of an actual from a plan, measured as the goal's metric says (increase when no metric). */
    public static Deviation of(BigDecimal planned, BigDecimal actual, Metric metric) {
        Direction direction = metric == null ? Direction.INCREASE : metric.direction();
        BigDecimal gap = actual.subtract(planned);
        BigDecimal signedGap = direction == Direction.INCREASE ? gap : gap.negate();
        return new Deviation(signedGap, denominator(planned, metric));
    }

    private static BigDecimal denominator(BigDecimal planned, Metric metric) {
        if (planned.signum() != 0) {
            return planned.abs();
        }
        if (metric != null) {
            BigDecimal span = metric.target().subtract(Decimals.orZero(metric.baseline())).abs();
            if (span.signum() != 0) {
                return span;
            }
        }
        return BigDecimal.ONE;
    }

    /** The deviation as a fraction (−0.25 means 25 % behind plan). */
    public BigDecimal value() {
        return Decimals.divide(signedGap, denominator);
    }

    public Band band(Settings settings) {
        // deviation compared with p %  <=>  signedGap × 100 compared with p × d (d > 0)
        BigDecimal scaledGap = signedGap.multiply(Decimals.HUNDRED);
        BigDecimal normalEdge = settings.normalPercent().multiply(denominator);
        BigDecimal controllableEdge = settings.controllablePercent().multiply(denominator);
        if (scaledGap.compareTo(normalEdge) > 0) {
            return Band.EXCEEDED;
        }
        if (scaledGap.compareTo(normalEdge.negate()) >= 0) {
            return Band.NORMAL;
        }
        if (scaledGap.compareTo(controllableEdge.negate()) >= 0) {
            return Band.CONTROLLABLE;
        }
        return Band.MAJOR;
    }
}
