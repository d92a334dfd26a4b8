package com.lastmile.web.rest;

import com.lastmile.web.port.CallerResolver;
import javax.inject.Inject;
import javax.ws.rs.core.Response;

/**
 * 500 as the JSON error body for anything unforeseen, logged with its stack trace. Deliberately not a
 * {@code @Provider}: inside Jira, Atlassian's own mappers must keep answering their exceptions (security
 * among them), so only the preview server registers this one.
 */
public final class UnexpectedErrorMapper extends JsonErrorMapper<RuntimeException> {

    private static final System.Logger LOG = System.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    public UnexpectedErrorMapper(CallerResolver callers) {
        super(callers);
    }

    @Override
    public Response toResponse(RuntimeException exception) {
        LOG.log(System.Logger.Level.ERROR, "unexpected error in a Last Mile REST request", exception);
        return error(500, null, "rest.error.internal");
    }
}
