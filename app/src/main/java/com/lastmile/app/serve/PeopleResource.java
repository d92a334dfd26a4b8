package com.lastmile.app.serve;

import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Person;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.rest.JsonResponses;
import java.util.List;
import java.util.function.Supplier;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** {@code GET /people}, preview only: the people the viewer switch offers (a workspace's: all of its people). */
@Path("people")
public final class PeopleResource {

    private final CallerResolver callers;
    private final Supplier<List<Person>> people;

    /** The answer: the current viewer (null: everyone) and every person in the host's order. */
    public record People(String viewer, List<Person> people) {
    }

    public PeopleResource(CallerResolver callers, Supplier<List<Person>> people) {
        this.callers = callers;
        this.people = people;
    }

    @GET
    public Response people(@Context HttpHeaders headers) {
        Caller caller = callers.resolve(headers);
        return JsonResponses.ok(new People(caller.viewer(), people.get()),
                Messages.forLocale(caller.locale()));
    }
}
