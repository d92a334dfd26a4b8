package com.lastmile.app.jira;

import com.lastmile.app.serve.CookieCallerResolver;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CallerResolver;
import java.util.Locale;
import javax.ws.rs.core.HttpHeaders;

/**
 * Every preview request over live Jira is the token's user's: Jira has already left out what that user may not
 * browse, so the caller needs no viewer of its own (null) and the dashboard's viewer switch is ignored. The language
 * is the one chosen in the dashboard.
 */
public final class LiveJiraCallerResolver implements CallerResolver {

    private final Locale defaultLocale;

    public LiveJiraCallerResolver(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    @Override
    public Caller resolve(HttpHeaders headers) {
        return new Caller(null, CookieCallerResolver.chosenLocale(headers, defaultLocale), true);
    }
}
