package com.lastmile.app.jira;

import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.web.rest.ApiException;

/**
 * A failed Jira call during a preview request, as the REST API answers it: a query Jira refused (400) is the
 * caller's bad {@code jql}; anything else is a 502, since the preview only relays Jira. Both carry Jira's message.
 */
final class JiraRestErrors {

    static final int BAD_GATEWAY = 502;

    private JiraRestErrors() {
    }

    static ApiException ofLoad(JiraException failure) {
        if (failure.status() == 400) {
            return ApiException.badParameter("jql", "jira.serve.error.jql", jiraText(failure));
        }
        return ofCall(failure);
    }

    static ApiException ofCall(JiraException failure) {
        return new ApiException(BAD_GATEWAY, null, "jira.serve.error.call", failure.getMessage());
    }

    static String jiraText(JiraException failure) {
        return failure.jiraMessages().isEmpty() ? failure.getMessage() : String.join(" ", failure.jiraMessages());
    }
}
