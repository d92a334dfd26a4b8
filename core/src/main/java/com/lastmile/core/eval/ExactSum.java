package com.lastmile.core.eval;

import java.math.BigDecimal;

/**
 * An exact decimal sum that stays in a long while every term is an integer (story points, counts, weights
 * of 1), so the roll-up of a million items allocates no BigDecimal per child. Value and scale equal those of
 * adding the terms with BigDecimal.add. One instance serves one mean after another ({@link #reset}).
 */
final class ExactSum {

    private long whole;
    private BigDecimal fraction;

    /** Starts a new sum at 0. */
    ExactSum reset() {
        whole = 0;
        fraction = null;
        return this;
    }

    void add(BigDecimal term) {
        if (term.scale() == 0 && term.precision() < 19) {
            long value = term.longValue();
            long sum = whole + value;
            if (((whole ^ sum) & (value ^ sum)) >= 0) {
                whole = sum;
                return;
            }
        }
        fraction = fraction == null ? term : fraction.add(term);
    }

    /** Adds a whole number: the same as adding {@code BigDecimal.valueOf(term)}. */
    void add(long term) {
        long sum = whole + term;
        if (((whole ^ sum) & (term ^ sum)) >= 0) {
            whole = sum;
            return;
        }
        BigDecimal big = BigDecimal.valueOf(term);
        fraction = fraction == null ? big : fraction.add(big);
    }

    BigDecimal value() {
        BigDecimal wholePart = BigDecimal.valueOf(whole);
        return fraction == null ? wholePart : fraction.add(wholePart);
    }
}
