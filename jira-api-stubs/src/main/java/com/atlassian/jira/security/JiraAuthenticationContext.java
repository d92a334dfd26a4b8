package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/**
 * Compile-only stub of {@code com.atlassian.jira.security.JiraAuthenticationContext}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/security/JiraAuthenticationContext.html
 * Ledger: §6.1 interface @PublicApi, C10
 */
public interface JiraAuthenticationContext {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/security/JiraAuthenticationContext.html#getLoggedInUser-- — C10 (ledger §6.1) */
    ApplicationUser getLoggedInUser();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/security/JiraAuthenticationContext.html#getLocale-- — C8 (ledger §6.1) */
    Locale getLocale();
}
