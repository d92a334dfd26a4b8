package com.lastmile.web.port;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Port: loads the scope of a request as the caller may see it (Jira: searches run as the user, with a
 * bounded number of calls; preview: the workspace file restricted to the viewer).
 */
public interface ScopeProvider {

    /**
     * @throws UnknownKeyException when {@code query.root()} does not exist or the caller may not browse it
     */
    Scope load(Caller caller, ScopeQuery query);

    /**
     * Evaluates a scope this provider loaded and applies a pure function to the evaluation (the identity, the
     * weekly review…). A host whose data changes only through itself (the preview) may answer from a cache keyed
     * by the scope object, the date and the function object, so callers pass constants. The default computes
     * afresh, which keeps a clustered host free of node-local state.
     */
    default <T> T derive(Scope scope, LocalDate asOf, Function<Evaluation, T> derivation) {
        return derivation.apply(Evaluator.evaluate(scope, asOf));
    }
}
