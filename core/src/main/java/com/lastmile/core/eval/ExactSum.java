package com.lastmile.core.eval;

import java.math.BigDecimal;

/**
 * An exact decimal sum that stays in a long while every term is an integer (story points, counts, weights
 * of 1), so the roll-up of a million items allocates no BigDecimal per child. Value and scale equal those of
 * adding the terms with BigDecimal.add.
 */
final class ExactSum {

    private long whole;
    private BigDecimal fraction;

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

    BigDecimal value() {
        BigDecimal wholePart = BigDecimal.valueOf(whole);
        return fraction == null ? wholePart : fraction.add(wholePart);
    }
}
