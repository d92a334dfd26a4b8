package com.lastmile.core.eval;

/** Where a checkpoint stands on the as-of date. */
public enum CheckpointState {
    /** Due on or after the as-of date, nothing recorded yet. */
    PENDING,
    /** Due before the as-of date, nothing recorded. */
    OVERDUE,
    /** An actual is recorded ("data check"), not spot-checked. */
    CHECKED,
    /** Spot check passed every sampled record ("on-site check"). */
    VERIFIED,
    /** Spot check found records that did not hold up. */
    VERIFICATION_FAILED
}
