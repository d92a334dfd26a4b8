package com.lastmile.web.rest;

import com.lastmile.core.i18n.Messages;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CallerResolver;
import java.util.Locale;
import javax.ws.rs.core.HttpHeaders;

/**
 * The start of every request: who calls (an anonymous caller is refused with 401) and the language of the
 * answer (the {@code locale} parameter, else the caller's own).
 */
record Call(Caller caller, Messages messages) {

    static Call start(CallerResolver callers, HttpHeaders headers, CommonParameters parameters) {
        Locale requested = parameters.locale();
        Caller resolved = callers.resolve(headers);
        if (!resolved.authenticated()) {
            throw new ApiException(401, null, "rest.error.notAuthenticated");
        }
        Locale locale = requested != null ? requested : resolved.locale() != null ? resolved.locale() : Locale.ENGLISH;
        Messages messages = Messages.forLocale(locale);
        return new Call(new Caller(resolved.viewer(), messages.locale(), true), messages);
    }
}
