package com.lastmile.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Item;
import com.lastmile.core.query.PageRequest;
import com.lastmile.core.raci.RaciMatrix;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.rest.view.RaciItemView;
import com.lastmile.web.rest.view.RaciView;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** {@code GET /raci}: the RACI matrix of the items with an assignment, one page at a time. */
@LicensedOnly
@Path("raci")
public final class RaciResource {

    private final CallerResolver callers;
    private final ScopeProvider scopes;

    @Inject
    public RaciResource(CallerResolver callers, ScopeProvider scopes) {
        this.callers = callers;
        this.scopes = scopes;
    }

    @GET
    public Response raci(@Context HttpHeaders headers, @BeanParam CommonParameters parameters) {
        Call call = Call.start(callers, headers, parameters);
        PageRequest page = parameters.page();
        Scope scope = scopes.load(call.caller(), parameters.scope());
        List<Item> assigned = RaciMatrix.assigned(scope.items());
        RaciMatrix matrix = RaciMatrix.of(page.slice(assigned), scope.people());
        List<RaciItemView> items = matrix.rows().stream().map(row -> RaciItemView.of(row, call.messages())).toList();
        return JsonResponses.ok(new RaciView(scope.viewer(), scope.hidden(), assigned.size(), page.offset(),
                page.limit(), matrix.people(), items), call.messages());
    }
}
