package com.lastmile.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.MarkdownRenderer;
import com.lastmile.core.doc.WikiRenderer;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.model.Item;
import com.lastmile.core.retro.RetrospectiveBuilder;
import com.lastmile.web.adf.AdfRenderer;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.rest.view.RetroView;
import java.time.Clock;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** {@code GET /retro/{key}}: the retrospective (复盘) of a goal as Markdown, Jira wiki markup or ADF. */
@LicensedOnly
@Path("retro/{key}")
public final class RetroResource {

    private static final List<String> FORMATS = List.of("markdown", "wiki", "adf");

    private final CallerResolver callers;
    private final Evaluations evaluations;

    @Inject
    public RetroResource(CallerResolver callers, ScopeProvider scopes, Clock clock) {
        this.callers = callers;
        this.evaluations = new Evaluations(scopes, clock);
    }

    @GET
    public Response retro(@Context HttpHeaders headers, @BeanParam CommonParameters parameters,
                          @PathParam("key") String key, @QueryParam("format") String format) {
        Call call = Call.start(callers, headers, parameters);
        String chosen = Parameters.absent(format) ? FORMATS.get(0) : Parameters.choice("format", format, FORMATS);
        Evaluation evaluation = evaluations.evaluate(call, parameters);
        Item goal = Evaluations.item(evaluation.scope(), key);
        if (!goal.type().isGoal()) {
            throw ApiException.badParameter("key", "rest.error.notAGoal", key,
                    call.messages().format(goal.type().messageKey()));
        }
        Document document = RetrospectiveBuilder.build(evaluation, key, call.messages());
        Object content = switch (chosen) {
            case "wiki" -> WikiRenderer.render(document);
            case "adf" -> AdfRenderer.toTree(document);
            default -> MarkdownRenderer.render(document);
        };
        return JsonResponses.ok(new RetroView(key, chosen, content), call.messages());
    }
}
