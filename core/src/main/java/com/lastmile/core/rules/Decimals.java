package com.lastmile.core.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/** Decimal arithmetic shared by the rules: exact except for quotients, which keep 16 significant digits. */
public final class Decimals {

    /** Quotients only: sums and products stay exact. */
    public static final MathContext QUOTIENT = MathContext.DECIMAL64;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, QUOTIENT);
    }

    public static BigDecimal clampToUnit(BigDecimal value) {
        if (value.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return value.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : value;
    }

    /** A value or zero when absent: an unset baseline counts as 0. */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
