package com.lastmile.core.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Site or workspace configuration of the rules.
 *
 * @param normalPercent deviation band edge between NORMAL and CONTROLLABLE (and NORMAL and EXCEEDED), in percent
 * @param controllablePercent band edge between CONTROLLABLE and MAJOR, in percent
 * @param raciRequiredOn issue types on which a RACI assignment is required
 * @param accountableLimit more open items than this with the same Accountable person is reported
 */
public record Settings(BigDecimal normalPercent, BigDecimal controllablePercent, Set<ItemType> raciRequiredOn,
                       int accountableLimit) {

    public static final BigDecimal DEFAULT_NORMAL_PERCENT = BigDecimal.valueOf(5);
    public static final BigDecimal DEFAULT_CONTROLLABLE_PERCENT = BigDecimal.valueOf(15);
    public static final int DEFAULT_ACCOUNTABLE_LIMIT = 10;

    public Settings {
        Objects.requireNonNull(normalPercent, "normalPercent");
        Objects.requireNonNull(controllablePercent, "controllablePercent");
        if (normalPercent.signum() < 0 || controllablePercent.compareTo(normalPercent) <= 0) {
            throw new IllegalArgumentException(
                    "need 0 <= normal < controllable, got " + normalPercent + " and " + controllablePercent);
        }
        if (accountableLimit < 1) {
            throw new IllegalArgumentException("accountable limit must be at least 1, got " + accountableLimit);
        }
        raciRequiredOn = Set.copyOf(raciRequiredOn);
    }

    /** The defaults of DESIGN.md: bands at 5 % and 15 %, RACI required on goal types and epics. */
    public static Settings defaults() {
        return new Settings(DEFAULT_NORMAL_PERCENT, DEFAULT_CONTROLLABLE_PERCENT, defaultRaciRequiredOn(),
                DEFAULT_ACCOUNTABLE_LIMIT);
    }

    public static Set<ItemType> defaultRaciRequiredOn() {
        return EnumSet.of(ItemType.STRATEGIC_GOAL, ItemType.CAMPAIGN, ItemType.TACTIC, ItemType.EPIC);
    }

    public Settings withThresholds(BigDecimal normal, BigDecimal controllable) {
        return new Settings(normal, controllable, raciRequiredOn, accountableLimit);
    }
}
