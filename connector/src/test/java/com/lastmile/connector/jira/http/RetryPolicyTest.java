package com.lastmile.connector.jira.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-06-29T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** nextDouble() just below 1: the longest wait backoff may choose. */
    private static final RandomGenerator HIGHEST = () -> -1L;
    private static final JiraRequest GET = JiraRequest.get("/rest/api/3/myself");
    private static final JiraRequest CREATE = JiraRequest.create("/rest/api/3/issue",
            JsonNodeFactory.instance.objectNode());

    private final RetryPolicy policy = new RetryPolicy(RetrySettings.defaults(), CLOCK, HIGHEST);

    @Test
    void waitsTheSecondsRetryAfterAsksForEvenForACreate() {
        assertThat(policy.decide(CREATE, answer(429, Map.of("Retry-After", "7")), 1))
                .isEqualTo(new RetryPolicy.Decision.Retry(Duration.ofSeconds(7)));
    }

    @Test
    void waitsUntilTheHttpDateRetryAfterNames() {
        Outcome outcome = answer(429, Map.of("Retry-After", "Mon, 29 Jun 2026 10:15:42 GMT"));

        assertThat(policy.decide(GET, outcome, 1)).isEqualTo(new RetryPolicy.Decision.Retry(Duration.ofSeconds(12)));
    }

    @Test
    void waitsUntilTheRateLimitResetsWhenThereIsNoRetryAfter() {
        Outcome minutesOnly = answer(429, Map.of("X-RateLimit-Reset", "2026-06-29T10:16Z"));
        Outcome withOffset = answer(429, Map.of("X-RateLimit-Reset", "2026-06-29T12:15:40.5+02:00"));

        assertThat(policy.decide(GET, minutesOnly, 1))
                .isEqualTo(new RetryPolicy.Decision.Retry(Duration.ofSeconds(30)));
        assertThat(policy.decide(GET, withOffset, 1))
                .isEqualTo(new RetryPolicy.Decision.Retry(Duration.ofMillis(10_500)));
    }

    @Test
    void prefersRetryAfterToTheRateLimitReset() {
        Outcome outcome = answer(429, Map.of("Retry-After", "3", "X-RateLimit-Reset", "2026-06-29T10:16Z"));

        assertThat(policy.decide(GET, outcome, 1)).isEqualTo(new RetryPolicy.Decision.Retry(Duration.ofSeconds(3)));
    }

    @Test
    void ignoresUnreadableAndPastTimesAndBacksOffInstead() {
        Outcome unreadable = answer(429, Map.of("Retry-After", "soon", "X-RateLimit-Reset", "tomorrow"));
        Outcome past = answer(429, Map.of("Retry-After", "Mon, 29 Jun 2026 10:14:00 GMT",
                "X-RateLimit-Reset", "2026-06-29T10:15Z"));
        RetryPolicy lowest = new RetryPolicy(RetrySettings.defaults(), CLOCK, () -> 0L);

        assertThat(lowest.decide(GET, unreadable, 1)).isEqualTo(new RetryPolicy.Decision.Retry(Duration.ZERO));
        assertThat(lowest.decide(GET, past, 1)).isEqualTo(new RetryPolicy.Decision.Retry(Duration.ZERO));
    }

    @Test
    void backoffDoublesItsCeilingFromTheBaseUpToTheCap() {
        Outcome outcome = answer(429, Map.of());
        RetryPolicy patient = new RetryPolicy(new RetrySettings(20, Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(60)), CLOCK, HIGHEST);

        assertThat(delay(patient.decide(GET, outcome, 1))).isEqualTo(Duration.ofMillis(499));
        assertThat(delay(patient.decide(GET, outcome, 2))).isEqualTo(Duration.ofMillis(999));
        assertThat(delay(patient.decide(GET, outcome, 3))).isEqualTo(Duration.ofMillis(1999));
        assertThat(delay(patient.decide(GET, outcome, 10))).isEqualTo(Duration.ofMillis(29_999));
        assertThat(delay(patient.decide(GET, outcome, 19))).isEqualTo(Duration.ofMillis(29_999));
    }

    @Test
    void backoffIsFullJitterSpreadBetweenZeroAndTheCeiling() {
        SplittableRandom random = new SplittableRandom(42);
        RetryPolicy jittered = new RetryPolicy(RetrySettings.defaults(), CLOCK, random);
        Outcome outcome = answer(503, Map.of());

        for (int attempt = 1; attempt <= 3; attempt++) {
            long ceiling = 500L << (attempt - 1);
            long shortest = Long.MAX_VALUE;
            long longest = 0;
            for (int draw = 0; draw < 1000; draw++) {
                long millis = delay(jittered.decide(GET, outcome, attempt)).toMillis();
                shortest = Math.min(shortest, millis);
                longest = Math.max(longest, millis);
            }
            assertThat(shortest).isBetween(0L, ceiling / 10);
            assertThat(longest).isBetween(ceiling * 9 / 10, ceiling - 1);
        }
    }

    @Test
    void givesUpAfterTheLastAttemptSayingHowMany() {
        Outcome outcome = answer(503, Map.of("Retry-After", "1"));

        assertThat(policy.decide(GET, outcome, 3)).isInstanceOf(RetryPolicy.Decision.Retry.class);
        assertThat(policy.decide(GET, outcome, 4))
                .isEqualTo(new RetryPolicy.Decision.GiveUp("gave up after 4 attempts"));
    }

    @Test
    void refusesToWaitLongerThanTheCapAndSaysHowLongJiraAsked() {
        assertThat(policy.decide(GET, answer(429, Map.of("Retry-After", "120")), 1))
                .isEqualTo(new RetryPolicy.Decision.GiveUp("Jira asked to wait 120 s (Retry-After: 120) before trying"
                        + " again, longer than the 60 s this client waits; try again later"));
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void retriesAnUnavailableJiraOnlyForRetrySafeRequests(int status) {
        assertThat(policy.decide(GET, answer(status, Map.of()), 1)).isInstanceOf(RetryPolicy.Decision.Retry.class);
        assertThat(policy.decide(CREATE, answer(status, Map.of("Retry-After", "1")), 1))
                .isEqualTo(new RetryPolicy.Decision.GiveUp(""));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 500})
    void neverRetriesAnswersThatWaitingDoesNotChange(int status) {
        assertThat(policy.decide(GET, answer(status, Map.of("Retry-After", "1")), 1))
                .isEqualTo(new RetryPolicy.Decision.GiveUp(""));
    }

    @Test
    void retriesBrokenConnectionsAndTimeoutsOnlyForRetrySafeRequests() {
        for (IOException failure : new IOException[] {new SocketException("Connection reset"),
                new ConnectException("Connection refused"), new SocketTimeoutException("Read timed out")}) {
            Outcome outcome = new Outcome.NoAnswer(failure);

            assertThat(policy.decide(GET, outcome, 1)).isInstanceOf(RetryPolicy.Decision.Retry.class);
            assertThat(policy.decide(CREATE, outcome, 1)).isEqualTo(new RetryPolicy.Decision.GiveUp(""));
        }
    }

    @Test
    void neverRetriesAnUnknownHostOrARejectedCertificate() {
        assertThat(policy.decide(GET, new Outcome.NoAnswer(new UnknownHostException("jira.example")), 1))
                .isEqualTo(new RetryPolicy.Decision.GiveUp(""));
        assertThat(policy.decide(GET, new Outcome.NoAnswer(new SSLHandshakeException("PKIX path")), 1))
                .isEqualTo(new RetryPolicy.Decision.GiveUp(""));
    }

    private static Outcome answer(int status, Map<String, String> headers) {
        return new Outcome.Answer(status, headers, "");
    }

    private static Duration delay(RetryPolicy.Decision decision) {
        assertThat(decision).isInstanceOf(RetryPolicy.Decision.Retry.class);
        return ((RetryPolicy.Decision.Retry) decision).delay();
    }
}
