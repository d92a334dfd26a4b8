package com.lastmile.connector.jira.http;

import java.time.Duration;

/**
 * How {@link HttpJiraTransport} talks to Jira.
 *
 * @param connectTimeout how long to wait for a connection (and for a free one from the pool)
 * @param responseTimeout how long to wait for the answer once the request is sent (the read timeout)
 * @param userAgent the {@code User-Agent} header
 * @param retry when and how often a failed call is tried again
 */
public record TransportSettings(Duration connectTimeout, Duration responseTimeout, String userAgent,
                                RetrySettings retry) {

    public TransportSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(responseTimeout, "responseTimeout");
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent: expected a product token such as 'lastmile/1.0', got '"
                    + userAgent + "'");
        }
        if (retry == null) {
            throw new IllegalArgumentException("retry: expected retry settings, got null");
        }
    }

    /**
     * 10 s to connect, 60 s for the answer, {@link RetrySettings#defaults()}, and {@code lastmile/<version>} as the
     * user agent: the version from the jar manifest, or {@code development} when run from classes.
     */
    public static TransportSettings defaults() {
        String version = TransportSettings.class.getPackage().getImplementationVersion();
        return new TransportSettings(Duration.ofSeconds(10), Duration.ofSeconds(60),
                "lastmile/" + (version == null ? "development" : version), RetrySettings.defaults());
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": expected a positive duration, got " + value);
        }
    }
}
