package com.lastmile.web.rest;

import com.lastmile.core.query.PageRequest;
import com.lastmile.web.port.ScopeQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javax.ws.rs.QueryParam;

/**
 * The parameters every resource understands (docs/rest-api.md, "Base path and common parameters"), taken as
 * a {@code @BeanParam} and parsed only when a resource asks, so a bad value is a 400 naming it.
 */
public final class CommonParameters {

    @QueryParam("root")
    private String root;

    @QueryParam("jql")
    private String jql;

    @QueryParam("asOf")
    private String asOf;

    @QueryParam("locale")
    private String locale;

    @QueryParam("offset")
    private String offset;

    @QueryParam("limit")
    private String limit;

    /** The part of the strategy the request is about: a root goal, Jira's JQL, or everything. */
    ScopeQuery scope() {
        return new ScopeQuery(Parameters.absent(root) ? null : root.strip(), Parameters.absent(jql) ? null : jql);
    }

    /** The evaluation date; today on the server's clock when absent. */
    LocalDate asOf(Clock clock) {
        return Parameters.absent(asOf) ? LocalDate.now(clock) : Parameters.date("asOf", asOf);
    }

    /** The requested language, or null to answer in the caller's own. */
    Locale locale() {
        return Parameters.absent(locale) ? null : Parameters.locale(locale);
    }

    PageRequest page() {
        int first = Parameters.absent(offset) ? 0 : Parameters.integer("offset", offset, 0, Integer.MAX_VALUE);
        int size = Parameters.absent(limit) ? PageRequest.DEFAULT_LIMIT
                : Parameters.integer("limit", limit, 0, PageRequest.MAX_LIMIT);
        return new PageRequest(first, size);
    }
}
