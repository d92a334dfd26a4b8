package com.lastmile.web.rest;

import com.lastmile.web.port.CallerResolver;
import javax.inject.Inject;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/**
 * The errors JAX-RS itself raises (an unknown path, a wrong method, a mutation that is not JSON) as the JSON
 * error body too, keeping their status and headers such as {@code Allow}.
 */
@Provider
public final class WebApplicationExceptionMapper extends JsonErrorMapper<WebApplicationException> {

    @Inject
    public WebApplicationExceptionMapper(CallerResolver callers) {
        super(callers);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response answer = switch (status) {
            case 404 -> error(status, null, "rest.error.notFound");
            case 415 -> error(status, null, "rest.error.unsupportedMediaType");
            default -> error(status, null, "rest.error.http", String.valueOf(status),
                    original.getStatusInfo().getReasonPhrase());
        };
        Response.ResponseBuilder withHeaders = Response.fromResponse(answer);
        original.getStringHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> withHeaders.header(name, value));
            }
        });
        return withHeaders.build();
    }
}
