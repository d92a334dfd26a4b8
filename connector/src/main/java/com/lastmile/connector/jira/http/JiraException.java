package com.lastmile.connector.jira.http;

import java.util.List;
import java.util.Map;

/**
 * A call to Jira that did not succeed. The message names the call and carries Jira's own {@code errorMessages}
 * and {@code errors} verbatim; it never contains credentials.
 */
public final class JiraException extends RuntimeException {

    private final int status;
    private final List<String> jiraMessages;
    private final Map<Integer, List<String>> elementMessages;
    private final boolean outcomeUnknown;

    /**
     * @param status HTTP status, or 0 when no response arrived
     * @param jiraMessages Jira's messages as sent ("field: message" for field errors)
     * @param outcomeUnknown true when a request that is not retry-safe failed without a response: Jira may or may
     *     not have applied it
     */
    public JiraException(String message, int status, List<String> jiraMessages, boolean outcomeUnknown,
                         Throwable cause) {
        this(message, status, jiraMessages, Map.of(), outcomeUnknown, cause);
    }

    /**
     * @param elementMessages a refused bulk call's messages per element (by {@code failedElementNumber})
     */
    public JiraException(String message, int status, List<String> jiraMessages,
                         Map<Integer, List<String>> elementMessages, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.jiraMessages = List.copyOf(jiraMessages);
        this.elementMessages = Map.copyOf(elementMessages);
        this.outcomeUnknown = outcomeUnknown;
    }

    public int status() {
        return status;
    }

    public List<String> jiraMessages() {
        return jiraMessages;
    }

    /** A refused bulk call's own messages for one element (0-based within the call), or empty. */
    public List<String> elementMessages(int element) {
        return elementMessages.getOrDefault(element, List.of());
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
