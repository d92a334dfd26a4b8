package com.lastmile.web.rest;

import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.UnknownKeyException;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/** 404 for a key that does not exist or that the caller may not browse: the answer is the same for both. */
@Provider
public final class UnknownKeyExceptionMapper extends JsonErrorMapper<UnknownKeyException> {

    @Inject
    public UnknownKeyExceptionMapper(CallerResolver callers) {
        super(callers);
    }

    @Override
    public Response toResponse(UnknownKeyException exception) {
        return error(404, null, "rest.error.unknownKey", exception.key());
    }
}
