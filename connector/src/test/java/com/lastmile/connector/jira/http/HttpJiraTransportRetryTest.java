package com.lastmile.connector.jira.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rate limits, unavailability, broken connections and timeouts against a fake Jira. */
class HttpJiraTransportRetryTest {

    @RegisterExtension
    static final WireMockExtension JIRA = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final Instant NOW = Instant.parse("2026-06-29T10:15:30Z");
    /** nextDouble() just below 1: backoff waits just under its ceiling. */
    private static final RandomGenerator HIGHEST = () -> -1L;
    private static final String SEARCH = "/rest/api/3/search/jql";
    private static final String CREATE = "/rest/api/3/issue";
    private static final JiraRequest GET_SEARCH = JiraRequest.get(SEARCH);
    private static final JiraRequest CREATE_ISSUE = JiraRequest.create(CREATE,
            JsonNodeFactory.instance.objectNode().put("summary", "x"));

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private HttpJiraTransport transport = transport(Duration.ofSeconds(5), RetrySettings.defaults());

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void rateLimitedCreateIsResentAfterTheSecondsRetryAfterAsksFor() {
        inTurn("POST", CREATE, aResponse().withStatus(429).withHeader("Retry-After", "2"),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"key\":\"LM-9\"}"));

        JiraResponse response = transport.send(CREATE_ISSUE);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().path("key").asText()).isEqualTo("LM-9");
        assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(2));
        JIRA.verify(2, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void rateLimitedWithoutRetryAfterWaitsUntilTheRateLimitResets() {
        inTurn("GET", SEARCH, aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "2026-06-29T10:15:35Z"),
                okJson("{\"issues\":[]}"));

        assertThat(transport.send(GET_SEARCH).body().path("issues").isArray()).isTrue();
        assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void rateLimitedWithNeitherHeaderBacksOffExponentially() {
        inTurn("GET", SEARCH, aResponse().withStatus(429), aResponse().withStatus(429), aResponse().withStatus(429),
                okJson("{}"));

        transport.send(GET_SEARCH);

        assertThat(sleeper.delays())
                .containsExactly(Duration.ofMillis(499), Duration.ofMillis(999), Duration.ofMillis(1999));
        JIRA.verify(4, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void rateLimitAskingForMoreThanTheLongestWaitFailsAtOnceSayingHowLong() {
        inTurn("GET", SEARCH, aResponse().withStatus(429).withHeader("Retry-After", "300"));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(GET_SEARCH));

        assertThat(failure.status()).isEqualTo(429);
        assertThat(failure.getMessage()).isEqualTo("GET /rest/api/3/search/jql failed with HTTP 429 (rate limited:"
                + " Jira refused the request because too many were sent); Jira asked to wait 300 s"
                + " (Retry-After: 300) before trying again, longer than the 60 s this client waits; try again later");
        assertThat(sleeper.delays()).isEmpty();
        JIRA.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void unavailableJiraIsRetriedForAGet() {
        inTurn("GET", SEARCH, aResponse().withStatus(503).withHeader("Retry-After", "1"), okJson("{\"total\":0}"));

        assertThat(transport.send(GET_SEARCH).body().path("total").asInt(-1)).isZero();
        assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(1));
        JIRA.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void unavailableJiraIsNotRetriedForACreate() {
        inTurn("POST", CREATE, aResponse().withStatus(503).withHeader("Retry-After", "1"));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(CREATE_ISSUE));

        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.outcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).isEqualTo("POST /rest/api/3/issue failed with HTTP 503 (Jira is unavailable)");
        assertThat(sleeper.delays()).isEmpty();
        JIRA.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void gatewayTimeoutOnACreateLeavesTheOutcomeUnknown() {
        inTurn("POST", CREATE, aResponse().withStatus(504));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(CREATE_ISSUE));

        assertThat(failure.outcomeUnknown()).isTrue();
        assertThat(failure.getMessage()).contains("HTTP 504", "Jira may or may not have applied it");
        JIRA.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void resetConnectionIsRetriedForAGet() {
        inTurn("GET", SEARCH, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson("{\"total\":3}"));

        assertThat(transport.send(GET_SEARCH).body().path("total").asInt()).isEqualTo(3);
        assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(499));
        JIRA.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void resetConnectionOnACreateIsReportedAsOutcomeUnknownAndNeverResent() {
        inTurn("POST", CREATE, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson("{\"key\":\"LM-9\"}"));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(CREATE_ISSUE));

        assertThat(failure.outcomeUnknown()).isTrue();
        assertThat(failure.status()).isZero();
        assertThat(failure.getCause()).isNotNull();
        assertThat(failure.getMessage()).startsWith("POST /rest/api/3/issue failed: the connection failed (")
                .endsWith("Jira may or may not have applied it; it was not resent, so check in Jira before trying"
                        + " again");
        assertThat(sleeper.delays()).isEmpty();
        JIRA.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void slowAnswerToACreateTimesOutWithAClearMessage() {
        transport.close();
        transport = transport(Duration.ofMillis(300), RetrySettings.defaults());
        inTurn("POST", CREATE, okJson("{\"key\":\"LM-9\"}").withFixedDelay(1500));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(CREATE_ISSUE));

        assertThat(failure.status()).isZero();
        assertThat(failure.outcomeUnknown()).isTrue();
        assertThat(failure.getCause()).isInstanceOf(SocketTimeoutException.class);
        assertThat(failure.getMessage()).startsWith("POST /rest/api/3/issue failed: no answer within 300 ms"
                + " (the response timeout). Jira may or may not have applied it");
        JIRA.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
    }

    @Test
    void slowAnswerToAGetIsRetriedUntilTheAttemptsRunOut() {
        transport.close();
        transport = transport(Duration.ofMillis(300),
                new RetrySettings(2, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60)));
        inTurn("GET", SEARCH, okJson("{}").withFixedDelay(1500));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(GET_SEARCH));

        assertThat(failure.outcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).isEqualTo("GET /rest/api/3/search/jql failed: no answer within 300 ms"
                + " (the response timeout); gave up after 2 attempts");
        JIRA.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void exhaustedRetriesSayHowManyAttemptsWereMade() {
        inTurn("GET", SEARCH, aResponse().withStatus(503));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(GET_SEARCH));

        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.getMessage()).isEqualTo("GET /rest/api/3/search/jql failed with HTTP 503"
                + " (Jira is unavailable); gave up after 4 attempts");
        assertThat(sleeper.delays()).hasSize(3);
        JIRA.verify(4, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    private HttpJiraTransport transport(Duration responseTimeout, RetrySettings retry) {
        TransportSettings settings = new TransportSettings(Duration.ofSeconds(2), responseTimeout, "lastmile/test",
                retry);
        return HttpJiraTransport.create(JiraSite.of(JIRA.baseUrl()), new Credentials.PersonalAccessToken("pat-1"),
                settings, sleeper, Clock.fixed(NOW, ZoneOffset.UTC), HIGHEST);
    }

    /** Answers the calls to one path with these responses in turn; the last one answers all later calls. */
    private static void inTurn(String method, String path, ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder mapping = request(method, urlPathEqualTo(path)).inScenario(path)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i)
                    .willReturn(responses[i]);
            JIRA.stubFor(i + 1 < responses.length ? mapping.willSetStateTo("answer " + (i + 1)) : mapping);
        }
    }
}
