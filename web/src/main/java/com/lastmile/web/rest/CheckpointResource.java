package com.lastmile.web.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.query.CheckpointFilter;
import com.lastmile.core.query.PageRequest;
import com.lastmile.core.review.CheckpointLines;
import com.lastmile.core.rules.Band;
import com.lastmile.web.port.ActualRecord;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.CheckpointRecorder;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.port.UnknownKeyException;
import com.lastmile.web.rest.view.CheckpointListView;
import com.lastmile.web.rest.view.CheckpointView;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code GET /checkpoints}: the checkpoints in a due-date window, by band and state; {@code POST
 * /checkpoints/{key}/actual}: records an actual value and spot check, answering with the updated checkpoint.
 */
@LicensedOnly
@Path("checkpoints")
public final class CheckpointResource {

    private final CallerResolver callers;
    private final CheckpointRecorder recorder;
    private final Evaluations evaluations;

    @Inject
    public CheckpointResource(CallerResolver callers, ScopeProvider scopes, CheckpointRecorder recorder,
                              Clock clock) {
        this.callers = callers;
        this.recorder = recorder;
        this.evaluations = new Evaluations(scopes, clock);
    }

    @GET
    public Response list(@Context HttpHeaders headers, @BeanParam CommonParameters parameters,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("band") String band, @QueryParam("state") String state) {
        Call call = Call.start(callers, headers, parameters);
        PageRequest page = parameters.page();
        CheckpointFilter filter = filter(from, to, band, state);
        Evaluation evaluation = evaluations.evaluate(call, parameters);
        List<CheckpointResult> matching = filter.apply(evaluation.checkpoints());
        CheckpointLines lines = new CheckpointLines(evaluation);
        List<CheckpointView> views = page.slice(matching).stream().map(c -> view(call, lines, c)).toList();
        return JsonResponses.ok(new CheckpointListView(evaluation.asOf(), evaluation.viewer(), evaluation.hidden(),
                matching.size(), page.offset(), page.limit(), views), call.messages());
    }

    /**
     * Records the actual as the caller. The body is validated and the checkpoint looked up in the caller's scope
     * before anything is stored; the answer is the checkpoint evaluated again in that scope.
     */
    @POST
    @Path("{key}/actual")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Context HttpHeaders headers, @BeanParam CommonParameters parameters,
                           @PathParam("key") String key, InputStream body) {
        Call call = Call.start(callers, headers, parameters);
        ActualRecord record = ActualRecordBody.read(headers, body);
        Scope scope = evaluations.scope(call, parameters);
        Item checkpoint = Evaluations.item(scope, key);
        if (checkpoint.type() != ItemType.CHECKPOINT) {
            throw ApiException.badParameter("key", "rest.error.notACheckpoint", key,
                    call.messages().format(checkpoint.type().messageKey()));
        }
        ActualRecordBody.checkVerifier(record, scope.people());
        recorder.record(call.caller(), key, record);
        Evaluation evaluation = evaluations.evaluate(call, parameters);
        CheckpointResult updated = evaluation.checkpoints().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new UnknownKeyException(key));
        return JsonResponses.ok(view(call, new CheckpointLines(evaluation), updated), call.messages());
    }

    private CheckpointView view(Call call, CheckpointLines lines, CheckpointResult checkpoint) {
        CheckpointData data = checkpoint.item().checkpoint();
        return CheckpointView.of(lines.of(checkpoint), data == null ? null : data.verification(),
                recorder.canRecord(call.caller(), checkpoint.key()), call.messages());
    }

    private static CheckpointFilter filter(String from, String to, String band, String state) {
        LocalDate start = Parameters.absent(from) ? null : Parameters.date("from", from);
        LocalDate end = Parameters.absent(to) ? null : Parameters.date("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ApiException.badParameter("from", "rest.error.window", start.toString(), end.toString());
        }
        return new CheckpointFilter(start, end, Parameters.enumList("band", band, Band.class),
                Parameters.enumList("state", state, CheckpointState.class));
    }
}
