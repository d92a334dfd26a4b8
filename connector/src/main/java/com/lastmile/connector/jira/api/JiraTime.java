package com.lastmile.connector.jira.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Jira's date and timestamp texts: dates {@code 2026-03-31}, timestamps {@code 2024-05-23T14:47:28.592+0000}. */
final class JiraTime {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private JiraTime() {
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static Instant timestamp(String text) {
        return OffsetDateTime.parse(text, TIMESTAMP).toInstant();
    }
}
