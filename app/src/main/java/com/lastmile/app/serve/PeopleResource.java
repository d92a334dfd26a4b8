package com.lastmile.app.serve;

import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Person;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.rest.JsonResponses;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** {@code GET /people}, preview only: the workspace's people, for the viewer switch. */
@Path("people")
public final class PeopleResource {

    private final CallerResolver callers;
    private final WorkspaceStore store;

    /** The answer: the current viewer (null: everyone) and every person in the file's order. */
    public record People(String viewer, List<Person> people) {
    }

    @Inject
    public PeopleResource(CallerResolver callers, WorkspaceStore store) {
        this.callers = callers;
        this.store = store;
    }

    @GET
    public Response people(@Context HttpHeaders headers) {
        Caller caller = callers.resolve(headers);
        return JsonResponses.ok(new People(caller.viewer(), store.workspace().people()),
                Messages.forLocale(caller.locale()));
    }
}
