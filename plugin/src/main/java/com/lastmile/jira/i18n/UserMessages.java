package com.lastmile.jira.i18n;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.lastmile.core.i18n.Messages;
import java.util.Locale;

/** The shared message bundle in the calling user's language (Jira profile locale; English unless Chinese). */
public final class UserMessages {

    private final JiraAuthenticationContext authentication;

    public UserMessages(JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Messages current() {
        Locale locale = authentication.getLocale();
        return Messages.forLocale(locale == null ? Locale.ENGLISH : locale);
    }
}
