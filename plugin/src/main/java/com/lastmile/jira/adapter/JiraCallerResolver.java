package com.lastmile.jira.adapter;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.CallerResolver;
import java.util.Locale;
import javax.ws.rs.core.HttpHeaders;

/** The caller is Jira's logged-in user (id = user key) in their profile language; anonymous callers get a 401. */
public final class JiraCallerResolver implements CallerResolver {

    private final JiraAuthenticationContext authentication;

    public JiraCallerResolver(JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Caller resolve(HttpHeaders headers) {
        ApplicationUser user = authentication.getLoggedInUser();
        Locale locale = authentication.getLocale();
        return user == null ? new Caller(null, locale, false) : new Caller(user.getKey(), locale, true);
    }
}
