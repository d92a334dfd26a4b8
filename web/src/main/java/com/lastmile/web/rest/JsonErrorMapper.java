package com.lastmile.web.rest;

import com.lastmile.core.i18n.Messages;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.rest.view.ErrorBody;
import java.util.Locale;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * Answers an exception with the JSON error body, its message in the language of the request: the
 * {@code locale} parameter when valid, else the caller's, else English (when the caller itself is what failed).
 */
abstract class JsonErrorMapper<E extends Throwable> implements ExceptionMapper<E> {

    private final CallerResolver callers;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    JsonErrorMapper(CallerResolver callers) {
        this.callers = callers;
    }

    /** The error answer with a message from the bundle. */
    final Response error(int status, String parameter, String messageKey, Object... args) {
        Messages messages = messages();
        return error(status, parameter, messages.format(messageKey, args), messages);
    }

    final Response error(int status, String parameter, String message, Messages messages) {
        return JsonResponses.status(status, new ErrorBody(status, message, parameter), messages);
    }

    final Messages messages() {
        String requested = uriInfo.getQueryParameters().getFirst("locale");
        try {
            if (!Parameters.absent(requested)) {
                return Messages.forLocale(Messages.parseLocale(requested.strip()));
            }
        } catch (IllegalArgumentException e) {
            // an unsupported locale parameter: answer in the caller's language instead
        }
        try {
            Locale locale = callers.resolve(headers).locale();
            return Messages.forLocale(locale == null ? Locale.ENGLISH : locale);
        } catch (RuntimeException e) {
            return Messages.forLocale(Locale.ENGLISH);
        }
    }
}
