package com.lastmile.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A checkpoint's plan as first set (in Jira: read from the changelog), so a re-plan never hides slippage. */
public record OriginalPlan(BigDecimal planned, LocalDate due) {
}
