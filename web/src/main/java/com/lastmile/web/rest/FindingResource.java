package com.lastmile.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Severity;
import com.lastmile.core.query.PageRequest;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.rest.view.FindingListView;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** {@code GET /findings}: the rules broken in the scope, optionally of some severities only. */
@LicensedOnly
@Path("findings")
public final class FindingResource {

    private final CallerResolver callers;
    private final Evaluations evaluations;

    @Inject
    public FindingResource(CallerResolver callers, ScopeProvider scopes, Clock clock) {
        this.callers = callers;
        this.evaluations = new Evaluations(scopes, clock);
    }

    @GET
    public Response findings(@Context HttpHeaders headers, @BeanParam CommonParameters parameters,
                             @QueryParam("severity") String severity) {
        Call call = Call.start(callers, headers, parameters);
        PageRequest page = parameters.page();
        Set<Severity> severities = Parameters.enumList("severity", severity, Severity.class);
        Evaluation evaluation = evaluations.evaluate(call, parameters);
        List<Finding> matching = evaluation.findings().stream()
                .filter(f -> severities.isEmpty() || severities.contains(f.severity())).toList();
        return JsonResponses.ok(new FindingListView(evaluation.asOf(), evaluation.viewer(), evaluation.hidden(),
                matching.size(), page.offset(), page.limit(), page.slice(matching)), call.messages());
    }
}
