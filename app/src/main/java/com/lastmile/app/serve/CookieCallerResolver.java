package com.lastmile.app.serve;

import com.lastmile.core.i18n.Messages;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.rest.ApiException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;

/**
 * The preview's caller: the person chosen in the viewer switch (cookie {@code lastmile-viewer}; absent or empty:
 * a viewer who may browse everything) in the chosen language (cookie {@code lastmile-locale}, else the server's
 * default). Cookie values may be percent-encoded, as {@code encodeURIComponent} writes them. The preview has
 * no login: every caller is authenticated.
 */
public final class CookieCallerResolver implements CallerResolver {

    public static final String VIEWER_COOKIE = "lastmile-viewer";
    public static final String LOCALE_COOKIE = "lastmile-locale";

    private final WorkspaceStore store;
    private final Locale defaultLocale;

    public CookieCallerResolver(WorkspaceStore store, Locale defaultLocale) {
        this.store = store;
        this.defaultLocale = defaultLocale;
    }

    /**
     * @throws ApiException 400 naming {@code viewer} for a person the workspace does not know, or naming
     *                      {@code locale} for a language other than en and zh_CN
     */
    @Override
    public Caller resolve(HttpHeaders headers) {
        String viewer = cookie(headers, VIEWER_COOKIE);
        if (viewer != null && !store.snapshot().knows(viewer)) {
            throw ApiException.badParameter("viewer", "rest.error.viewer", viewer);
        }
        return new Caller(viewer, chosenLocale(headers, defaultLocale), true);
    }

    /**
     * The language chosen in the dashboard (cookie {@code lastmile-locale}), else the given default.
     *
     * @throws ApiException 400 naming {@code locale} for a language other than en and zh_CN
     */
    public static Locale chosenLocale(HttpHeaders headers, Locale defaultLocale) {
        String value = cookie(headers, LOCALE_COOKIE);
        if (value == null) {
            return defaultLocale;
        }
        try {
            return Messages.parseLocale(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("locale", "rest.error.choice", "locale", "en, zh_CN", value);
        }
    }

    /** The cookie's decoded value; null when absent or blank. */
    private static String cookie(HttpHeaders headers, String name) {
        Cookie cookie = headers.getCookies().get(name);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isBlank()) {
            return null;
        }
        // a plus sign stays a plus sign: encodeURIComponent writes spaces as %20
        String value = URLDecoder.decode(cookie.getValue().replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        return value.isEmpty() ? null : value;
    }
}
