package com.lastmile.core.doc;

import com.lastmile.core.rules.Decimals;
import com.lastmile.core.rules.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How documents show numbers: exact decimals in plain notation (never scientific), fractions as percentages
 * with at most one decimal (as {@link Percent} does for messages). Absent values are shown as an em dash.
 */
public final class Numbers {

    /** Shown for an absent value. */
    public static final String NONE = "—";

    private Numbers() {
    }

    /** 50 → "50", 1.50 → "1.5", 1E+3 → "1000"; null → "—". */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A value with its unit: "50 家"; the unit is left out when empty. */
    public static String decimal(BigDecimal value, String unit) {
        String number = decimal(value);
        return value == null || unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    /** A fraction as a percentage without sign for positives: 0.4375 → "43.8%", 1.5 → "150%"; null → "—". */
    public static String percent(BigDecimal fraction) {
        if (fraction == null) {
            return NONE;
        }
        BigDecimal percent = fraction.multiply(Decimals.HUNDRED).setScale(1, RoundingMode.HALF_EVEN);
        return (percent.signum() == 0 ? "0" : percent.stripTrailingZeros().toPlainString()) + "%";
    }

    /** A deviation: signed, "+10%", "-25%", "0%"; null → "—". */
    public static String signedPercent(BigDecimal fraction) {
        return fraction == null ? NONE : Percent.format(fraction);
    }
}
