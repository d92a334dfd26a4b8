package com.lastmile.app.serve;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Scope;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.port.ScopeQuery;
import com.lastmile.web.rest.ApiException;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The scope of a preview request: the served workspace as the viewer may browse it ({@code Scope.asViewer}),
 * narrowed to the subtree of {@code root} when given, where {@code hidden} counts the subtree's hidden items.
 * Scopes, evaluations and what is derived from them come from the current snapshot's caches: the data changes
 * only by recording.
 */
public final class WorkspaceScopeProvider implements ScopeProvider {

    private final WorkspaceStore store;

    public WorkspaceScopeProvider(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public Scope load(Caller caller, ScopeQuery query) {
        if (query.jql() != null) {
            throw ApiException.badParameter("jql", "rest.error.jql");
        }
        return store.snapshot().scope(caller.viewer(), query.root());
    }

    @Override
    public <T> T derive(Scope scope, LocalDate asOf, Function<Evaluation, T> derivation) {
        return store.snapshot().derive(scope, asOf, derivation);
    }
}
