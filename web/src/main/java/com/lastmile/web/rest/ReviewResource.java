package com.lastmile.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.query.PageRequest;
import com.lastmile.core.review.WeeklyReview;
import com.lastmile.core.review.WeeklyReviewBuilder;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.rest.view.ReviewView;
import java.time.Clock;
import java.util.function.Function;
import javax.inject.Inject;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** {@code GET /review}: the weekly review, as {@code lastmile review --format json} prints it. */
@LicensedOnly
@Path("review")
public final class ReviewResource {

    private static final Function<Evaluation, WeeklyReview> REVIEW = WeeklyReviewBuilder::build;

    private final CallerResolver callers;
    private final Evaluations evaluations;

    @Inject
    public ReviewResource(CallerResolver callers, ScopeProvider scopes, Clock clock) {
        this.callers = callers;
        this.evaluations = new Evaluations(scopes, clock);
    }

    @GET
    public Response review(@Context HttpHeaders headers, @BeanParam CommonParameters parameters) {
        Call call = Call.start(callers, headers, parameters);
        PageRequest page = parameters.page();
        return JsonResponses.ok(ReviewView.of(evaluations.derive(call, parameters, REVIEW), page), call.messages());
    }
}
