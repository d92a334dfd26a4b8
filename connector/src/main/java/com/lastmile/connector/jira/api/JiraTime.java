package com.lastmile.connector.jira.api;

import com.lastmile.connector.jira.http.JiraException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Jira's date and timestamp texts: dates {@code 2026-03-31}, timestamps {@code 2024-05-23T14:47:28.592+0000}. */
final class JiraTime {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private JiraTime() {
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw unreadable("date", text, e);
        }
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static Instant timestamp(String text) {
        try {
            return OffsetDateTime.parse(text, TIMESTAMP).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw unreadable("timestamp", text, e);
        }
    }

    /** Jira answered, but with a value this client cannot read: a failed call, not a crash. */
    private static JiraException unreadable(String what, String text, RuntimeException cause) {
        return new JiraException("Jira sent a " + what + " this client cannot read: '" + text + "'", 0, List.of(),
                false, cause);
    }
}
