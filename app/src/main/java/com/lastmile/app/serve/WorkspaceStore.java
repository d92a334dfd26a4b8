package com.lastmile.app.serve;

import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.connector.workspace.WorkspaceWriter;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Workspace;
import com.lastmile.web.port.ActualRecord;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CheckpointRecorder;
import com.lastmile.web.port.NotPermittedException;
import com.lastmile.web.port.UnknownKeyException;
import com.lastmile.web.rest.ApiException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The workspace the preview serves, and where it records actuals. Each recording builds the next workspace,
 * writes it atomically to the file (temporary file, then rename) and only then serves it; recordings are
 * serialised, so none is lost, and a failed write leaves both the file and the served data as they were.
 *
 * <p>Who may record (docs/rest-api.md): the unrestricted viewer, or a viewer who may browse the checkpoint and
 * is Responsible or Accountable on its goal.
 */
public final class WorkspaceStore implements CheckpointRecorder {

    private static final System.Logger LOG = System.getLogger(WorkspaceStore.class.getName());

    private final Path file;
    private final WorkspaceWriter writer;
    private final Object writeLock = new Object();
    private volatile WorkspaceSnapshot current;

    public WorkspaceStore(Path file, Workspace workspace, WorkspaceWriter writer) {
        this.file = file;
        this.writer = writer;
        this.current = new WorkspaceSnapshot(workspace);
    }

    /**
     * Loads the workspace file.
     *
     * @throws com.lastmile.connector.workspace.WorkspaceFormatException when it does not load
     */
    public static WorkspaceStore open(Path file) {
        return new WorkspaceStore(file, new WorkspaceReader().read(file), new WorkspaceWriter());
    }

    public Path file() {
        return file;
    }

    public Workspace workspace() {
        return current.workspace();
    }

    WorkspaceSnapshot snapshot() {
        return current;
    }

    @Override
    public void record(Caller caller, String checkpointKey, ActualRecord record) {
        synchronized (writeLock) {
            WorkspaceSnapshot before = current;
            Item checkpoint = browsableCheckpoint(before, caller, checkpointKey);
            if (!mayRecord(before, caller, checkpoint)) {
                throw new NotPermittedException(caller.viewer() + " is neither Responsible nor Accountable on the goal of "
                        + checkpointKey);
            }
            WorkspaceSnapshot after = before.with(checkpoint.withCheckpoint(recorded(checkpoint, record)));
            try {
                writer.write(after.workspace(), file);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "cannot write " + file + "; the recording was not kept", e);
                throw new ApiException(500, null, "rest.error.saveFailed");
            }
            current = after;
        }
    }

    @Override
    public boolean canRecord(Caller caller, String checkpointKey) {
        WorkspaceSnapshot snapshot = current;
        return snapshot.item(checkpointKey)
                .filter(item -> item.type() == ItemType.CHECKPOINT && snapshot.mayBrowse(caller.viewer(), item.key()))
                .map(item -> mayRecord(snapshot, caller, item)).orElse(false);
    }

    private static Item browsableCheckpoint(WorkspaceSnapshot snapshot, Caller caller, String key) {
        Item item = snapshot.item(key).filter(found -> snapshot.mayBrowse(caller.viewer(), key))
                .orElseThrow(() -> new UnknownKeyException(key));
        if (item.type() != ItemType.CHECKPOINT) {
            throw ApiException.badParameter("key", "rest.error.notACheckpoint", key, item.type().displayName());
        }
        return item;
    }

    private static boolean mayRecord(WorkspaceSnapshot snapshot, Caller caller, Item checkpoint) {
        if (caller.viewer() == null) {
            return true;
        }
        Raci raci = checkpoint.parent() == null ? null
                : snapshot.item(checkpoint.parent()).map(Item::raci).orElse(null);
        return raci != null && (raci.responsible().contains(caller.viewer())
                || raci.accountable().contains(caller.viewer()));
    }

    /** The new actual and spot check; the spot check of an earlier actual does not carry over. */
    private static CheckpointData recorded(Item checkpoint, ActualRecord record) {
        CheckpointData data = checkpoint.checkpoint() != null ? checkpoint.checkpoint()
                : new CheckpointData(null, null, null, null, null, List.of());
        return data.withActual(record.actual(), record.verification());
    }
}
