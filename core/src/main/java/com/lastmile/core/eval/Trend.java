package com.lastmile.core.eval;

/** Direction of a goal's last two recorded checkpoint actuals, as its metric counts better. */
public enum Trend {
    IMPROVING,
    WORSENING,
    FLAT
}
