package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.http.JiraException;
import java.util.List;

/**
 * Something Jira refused or did not answer during an import.
 *
 * @param subject the workspace key of the item, the {@link ActionLink#label() label} of a link, or the name of the
 *     issue type, link type or field being provisioned
 * @param jiraKey the Jira key when it exists despite the failure (a refused re-plan edit), else null
 * @param status Jira's HTTP status, 0 when there was no answer
 * @param messages Jira's own messages, verbatim
 */
public record ImportFailure(Reason reason, String subject, String jiraKey, int status, List<String> messages) {

    /** Jira's words for a field value it refuses because the field is not on the screen. */
    static final String OFF_SCREEN = "not on the appropriate screen";

    public ImportFailure {
        messages = List.copyOf(messages);
    }

    public enum Reason {
        /** Creating an issue type, the link type or a field was refused: no issue was created. */
        SETUP_REFUSED,
        /** Adding a created field to the default screen was refused: no issue was created. */
        SCREEN_REFUSED,
        /** Jira refused to create the issue. */
        CREATE_REFUSED,
        /** The create call got no answer, and a search afterwards shows the issue was not created. */
        NOT_CREATED,
        /** The create call got no answer and the search to tell what happened failed too: it may exist. */
        OUTCOME_UNKNOWN,
        /** The issue exists, but the edit recording its re-plan was refused. */
        REPLAN_REFUSED,
        /**
         * Both issues exist, but the corrective-action link between them was refused or got no answer; the next
         * run's search tells whether it exists.
         */
        LINK_REFUSED
    }

    /**
     * Whether Jira refused an item's field because it is not on the project's screen (its message says so, or that
     * the field is unknown; Jira words it so in English).
     */
    boolean fieldOffScreen() {
        return (reason == Reason.CREATE_REFUSED || reason == Reason.REPLAN_REFUSED)
                && messages.stream().anyMatch(message -> message.contains(OFF_SCREEN));
    }

    static ImportFailure of(Reason reason, String subject, String jiraKey, JiraException e) {
        return new ImportFailure(reason, subject, jiraKey, e.status(), messagesOf(e));
    }

    /** Jira's messages, or the failure itself (call and status, never credentials) when Jira sent none. */
    static List<String> messagesOf(JiraException e) {
        return e.jiraMessages().isEmpty() ? List.of(e.getMessage()) : e.jiraMessages();
    }
}
