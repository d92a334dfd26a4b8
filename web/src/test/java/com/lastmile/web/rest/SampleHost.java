package com.lastmile.web.rest;

import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.query.Subtree;
import com.lastmile.web.port.ActualRecord;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.CheckpointRecorder;
import com.lastmile.web.port.NotPermittedException;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.port.ScopeQuery;
import com.lastmile.web.port.UnknownKeyException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;

/**
 * A minimal host for the resources over the sample workspace held in memory: the viewer comes from the cookie
 * {@code lastmile-viewer}, the caller is anonymous with the cookie {@code anonymous}, and a recording is allowed
 * to everyone unrestricted or Responsible/Accountable on the checkpoint's goal (the preview's rule).
 */
final class SampleHost implements CallerResolver, ScopeProvider, CheckpointRecorder {

    static final Path SAMPLE = Path.of("../samples/sample-workspace.yaml");
    private static final Workspace LOADED = new WorkspaceReader().read(SAMPLE);

    private volatile Workspace workspace = LOADED;

    /** Forgets every recording. */
    void reset() {
        workspace = LOADED;
    }

    /** Whether nothing was recorded yet. */
    boolean untouched() {
        return workspace == LOADED;
    }

    @Override
    public Caller resolve(HttpHeaders headers) {
        Cookie viewer = headers.getCookies().get("lastmile-viewer");
        boolean anonymous = headers.getCookies().containsKey("anonymous");
        return new Caller(viewer == null ? null : viewer.getValue(), Locale.ENGLISH, !anonymous);
    }

    @Override
    public Scope load(Caller caller, ScopeQuery query) {
        Scope visible = Scope.asViewer(workspace, caller.viewer());
        if (query.root() == null) {
            return visible;
        }
        List<Item> subtree = Subtree.of(visible.items(), query.root());
        if (subtree.isEmpty()) {
            throw new UnknownKeyException(query.root());
        }
        int hidden = Subtree.of(workspace.items(), query.root()).size() - subtree.size();
        return new Scope(visible.settings(), visible.people(), caller.viewer(), subtree, hidden);
    }

    @Override
    public synchronized void record(Caller caller, String checkpointKey, ActualRecord record) {
        Item checkpoint = load(caller, new ScopeQuery(null, null)).items().stream()
                .filter(i -> i.key().equals(checkpointKey)).findFirst()
                .orElseThrow(() -> new UnknownKeyException(checkpointKey));
        if (!canRecord(caller, checkpointKey)) {
            throw new NotPermittedException("not Responsible or Accountable on the goal of " + checkpointKey);
        }
        CheckpointData data = checkpoint.checkpoint();
        List<Item> items = new ArrayList<>(workspace.items());
        items.set(items.indexOf(checkpoint), checkpoint.withCheckpoint(data.withActual(record.actual(),
                record.verification())));
        workspace = new Workspace(workspace.settings(), workspace.people(), items);
    }

    @Override
    public boolean canRecord(Caller caller, String checkpointKey) {
        if (caller.viewer() == null) {
            return true;
        }
        Item checkpoint = item(checkpointKey);
        Item goal = checkpoint.parent() == null ? null : item(checkpoint.parent());
        return goal != null && goal.raci() != null && (goal.raci().responsible().contains(caller.viewer())
                || goal.raci().accountable().contains(caller.viewer()));
    }

    private Item item(String key) {
        return workspace.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
