package com.lastmile.connector.jira.http;

import java.time.Duration;

/**
 * How persistently a failed call is tried again (see {@link RetryPolicy} for which failures qualify).
 *
 * @param maxAttempts attempts in all, the first included
 * @param baseDelay the backoff ceiling after the first failed attempt; it doubles with every further one
 * @param maxBackoff the backoff ceiling never grows beyond this
 * @param maxWait the longest single wait Jira may ask for ({@code Retry-After}); asking for more fails the call
 */
public record RetrySettings(int maxAttempts, Duration baseDelay, Duration maxBackoff, Duration maxWait) {

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: expected at least 1, got " + maxAttempts);
        }
        requireNotNegative(baseDelay, "baseDelay");
        requireNotNegative(maxBackoff, "maxBackoff");
        requireNotNegative(maxWait, "maxWait");
    }

    /** 4 attempts, backoff from 500 ms up to 30 s, and at most a 60 s wait when Jira asks for one. */
    public static RetrySettings defaults() {
        return new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    private static void requireNotNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + ": expected a duration of zero or more, got " + value);
        }
    }
}
