package com.lastmile.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fractions shown as percentages in messages: −0.25 → "-25%", one decimal at most. */
public final class Percent {

    private Percent() {
    }

    public static String format(BigDecimal fraction) {
        BigDecimal percent = fraction.multiply(Decimals.HUNDRED).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }
}
