package com.lastmile.core.model;

/** Whether a metric improves by going up or down. */
public enum Direction {
    INCREASE(1),
    DECREASE(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** The s of DESIGN.md's deviation formula: +1 for increase, -1 for decrease. */
    public int sign() {
        return sign;
    }
}
