package com.lastmile.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.query.PageRequest;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.rest.view.TreeItemView;
import com.lastmile.web.rest.view.TreeView;
import java.time.Clock;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** {@code GET /tree}: the goal tree with progress roll-up and explanations, one page at a time. */
@LicensedOnly
@Path("tree")
public final class TreeResource {

    private final CallerResolver callers;
    private final Evaluations evaluations;

    @Inject
    public TreeResource(CallerResolver callers, ScopeProvider scopes, Clock clock) {
        this.callers = callers;
        this.evaluations = new Evaluations(scopes, clock);
    }

    @GET
    public Response tree(@Context HttpHeaders headers, @BeanParam CommonParameters parameters) {
        Call call = Call.start(callers, headers, parameters);
        PageRequest page = parameters.page();
        Evaluation evaluation = evaluations.evaluate(call, parameters);
        List<TreeItemView> items = page.slice(evaluation.items()).stream()
                .map(result -> TreeItemView.of(result, call.messages())).toList();
        return JsonResponses.ok(new TreeView(evaluation.asOf(), evaluation.viewer(), evaluation.hidden(),
                evaluation.items().size(), page.offset(), page.limit(), items), call.messages());
    }
}
