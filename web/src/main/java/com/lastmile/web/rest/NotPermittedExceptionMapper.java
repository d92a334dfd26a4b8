package com.lastmile.web.rest;

import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.NotPermittedException;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/** 403 when the caller may see an item but not change it. */
@Provider
public final class NotPermittedExceptionMapper extends JsonErrorMapper<NotPermittedException> {

    @Inject
    public NotPermittedExceptionMapper(CallerResolver callers) {
        super(callers);
    }

    @Override
    public Response toResponse(NotPermittedException exception) {
        return error(403, null, "rest.error.notPermitted");
    }
}
