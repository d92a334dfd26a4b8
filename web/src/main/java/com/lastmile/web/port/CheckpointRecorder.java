package com.lastmile.web.port;

/**
 * Port: stores a checkpoint's actual value as the caller, after checking server-side that the caller may
 * (Jira: EDIT_ISSUES on the checkpoint; preview: Responsible or Accountable on its goal). Nothing changes
 * when it throws.
 */
public interface CheckpointRecorder {

    /**
     * @throws UnknownKeyException when the checkpoint does not exist or the caller may not browse it
     * @throws NotPermittedException when the caller may browse but not record
     */
    void record(Caller caller, String checkpointKey, ActualRecord record);

    /**
     * Whether {@link #record} would let the caller record this checkpoint's actual: the {@code canRecord} flag of
     * {@code GET /checkpoints}, which decides whether the gadget offers the form. Only asked for checkpoints the
     * caller may browse, once per listed checkpoint, so it must be cheap. {@code record} checks again regardless.
     */
    boolean canRecord(Caller caller, String checkpointKey);
}
