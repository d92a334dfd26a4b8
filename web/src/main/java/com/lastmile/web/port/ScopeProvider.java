package com.lastmile.web.port;

import com.lastmile.core.eval.Scope;

/**
 * Port: loads the scope of a request as the caller may see it (Jira: searches run as the user, with a
 * bounded number of calls; preview: the workspace file restricted to the viewer).
 */
public interface ScopeProvider {

    /**
     * @throws UnknownKeyException when {@code query.root()} does not exist or the caller may not browse it
     */
    Scope load(Caller caller, ScopeQuery query);
}
