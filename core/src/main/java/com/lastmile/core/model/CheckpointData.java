package com.lastmile.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a Checkpoint item records beyond the common fields. Every field but {@code actions} may be null.
 *
 * @param planned the value planned for the due date
 * @param actual the recorded value ("data check")
 * @param original the plan as first set; null when never re-planned
 * @param verification the spot check ("on-site check")
 * @param cause the analysed cause of a deviation
 * @param actions keys of corrective-action items
 */
public record CheckpointData(BigDecimal planned, BigDecimal actual, OriginalPlan original,
                             Verification verification, String cause, List<String> actions) {

    public CheckpointData {
        actions = List.copyOf(actions);
    }

    public CheckpointData withActual(BigDecimal newActual, Verification newVerification) {
        return new CheckpointData(planned, newActual, original, newVerification, cause, actions);
    }
}
