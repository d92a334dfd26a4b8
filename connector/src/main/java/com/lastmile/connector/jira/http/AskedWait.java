package com.lastmile.connector.jira.http;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long Jira asked the client to wait before trying again, and the header that said so.
 *
 * <p>{@code Retry-After} comes first: whole seconds, or an HTTP date. Then {@code X-RateLimit-Reset}, which Jira
 * Cloud sends as an ISO-8601 time, often to the minute only ({@code 2026-06-29T10:15Z}). A value that cannot be
 * read, or a time already past (the minute rounding or a skewed clock), is ignored: backoff does better than an
 * immediate retry.
 *
 * @param header the header as received, for messages: {@code Retry-After: 120}
 */
record AskedWait(Duration delay, String header) {

    static final String RETRY_AFTER = "Retry-After";
    static final String RATE_LIMIT_RESET = "X-RateLimit-Reset";

    static Optional<AskedWait> of(Outcome.Answer answer, Instant now) {
        return answer.header(RETRY_AFTER).flatMap(value -> retryAfter(value.trim(), now)
                        .map(wait -> new AskedWait(wait, RETRY_AFTER + ": " + value)))
                .or(() -> answer.header(RATE_LIMIT_RESET).flatMap(value -> rateLimitReset(value.trim(), now)
                        .map(wait -> new AskedWait(wait, RATE_LIMIT_RESET + ": " + value))));
    }

    private static Optional<Duration> retryAfter(String value, Instant now) {
        if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(seconds(value));
        }
        try {
            return future(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), now);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> rateLimitReset(String value, Instant now) {
        try {
            return future(OffsetDateTime.parse(value).toInstant(), now);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration seconds(String digits) {
        try {
            return Duration.ofSeconds(Long.parseLong(digits));
        } catch (NumberFormatException tooLong) {
            return Duration.ofSeconds(Long.MAX_VALUE);
        }
    }

    private static Optional<Duration> future(Instant time, Instant now) {
        return time.isAfter(now) ? Optional.of(Duration.between(now, time)) : Optional.empty();
    }
}
