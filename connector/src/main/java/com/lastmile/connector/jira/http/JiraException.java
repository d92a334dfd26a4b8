package com.lastmile.connector.jira.http;

import java.util.List;

/**
 * A call to Jira that did not succeed. The message names the call and carries Jira's own {@code errorMessages}
 * and {@code errors} verbatim; it never contains credentials.
 */
public final class JiraException extends RuntimeException {

    private final int status;
    private final List<String> jiraMessages;
    private final boolean outcomeUnknown;

    /**
     * @param status HTTP status, or 0 when no response arrived
     * @param jiraMessages Jira's messages as sent ("field: message" for field errors)
     * @param outcomeUnknown true when a request that is not retry-safe failed without a response: Jira may or may
     *     not have applied it
     */
    public JiraException(String message, int status, List<String> jiraMessages, boolean outcomeUnknown,
                         Throwable cause) {
        super(message, cause);
        this.status = status;
        this.jiraMessages = List.copyOf(jiraMessages);
        this.outcomeUnknown = outcomeUnknown;
    }

    public int status() {
        return status;
    }

    public List<String> jiraMessages() {
        return jiraMessages;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
