package com.lastmile.app.serve;

import com.lastmile.core.model.Person;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.CheckpointRecorder;
import com.lastmile.web.port.ScopeProvider;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the preview serves the REST resources over: a workspace file, or a live Jira.
 *
 * @param people the people the dashboard's viewer switch offers ({@code GET /people})
 */
public record PreviewHost(CallerResolver callers, ScopeProvider scopes, CheckpointRecorder recorder,
                          Supplier<List<Person>> people) {

    /** A workspace file's store: the viewer switch cookie, the file's people, recording into the file. */
    public static PreviewHost of(WorkspaceStore store, Locale defaultLocale) {
        return new PreviewHost(new CookieCallerResolver(store, defaultLocale), new WorkspaceScopeProvider(store), store,
                () -> store.workspace().people());
    }
}
