package com.lastmile.web.rest;

import com.lastmile.core.i18n.Messages;
import com.lastmile.web.port.CallerResolver;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/** Bad parameters and bodies (400), an anonymous caller (401) and the other errors the API words itself. */
@Provider
public final class ApiExceptionMapper extends JsonErrorMapper<ApiException> {

    @Inject
    public ApiExceptionMapper(CallerResolver callers) {
        super(callers);
    }

    @Override
    public Response toResponse(ApiException exception) {
        Messages messages = messages();
        return error(exception.status(), exception.parameter(), exception.message(messages), messages);
    }
}
