package com.lastmile.connector.jira.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the user reads when Jira says no or answers something that is not JSON. */
class HttpJiraTransportErrorTest {

    @RegisterExtension
    static final WireMockExtension JIRA = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
            .build();

    private static final String ISSUE = "/rest/api/3/issue/LM-7";
    private static final String JIRA_SHAPED_BODY = """
            {"errorMessages":["Issue does not exist or you do not have permission to see it."],
             "errors":{"summary":"You must specify a summary of the issue.",
                       "priority":"Priority name 'P9' is not valid"}}""";

    private final HttpJiraTransport transport = HttpJiraTransport.create(
            JiraSite.of("http://localhost:" + JIRA.getPort()), new Credentials.ApiToken("me@example.com", "token-1"),
            new TransportSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), "lastmile/test",
                    RetrySettings.defaults()),
            new RecordingSleeper(), Clock.systemUTC(), new Random(1));

    @AfterEach
    void close() {
        transport.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "401 | credentials rejected: check the e-mail and API token (Jira Cloud) or the personal access token"
            + " (Data Center)",
        "403 | forbidden: the user lacks permission for this",
        "404 | not found: the site URL is wrong, or the resource does not exist or is not visible to this user"})
    void refusalNamesTheCallExplainsTheStatusAndQuotesJira(int status, String explanation) {
        JIRA.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(JIRA_SHAPED_BODY)));

        JiraException failure = catchThrowableOfType(JiraException.class,
                () -> transport.send(JiraRequest.get(ISSUE)));

        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.outcomeUnknown()).isFalse();
        assertThat(failure.jiraMessages()).containsExactly(
                "Issue does not exist or you do not have permission to see it.",
                "summary: You must specify a summary of the issue.",
                "priority: Priority name 'P9' is not valid");
        assertThat(failure.getMessage()).isEqualTo("GET /rest/api/3/issue/LM-7 failed with HTTP " + status + " ("
                + explanation + "). Jira says: Issue does not exist or you do not have permission to see it.;"
                + " summary: You must specify a summary of the issue.; priority: Priority name 'P9' is not valid");
        JIRA.verify(1, getRequestedFor(urlPathEqualTo(ISSUE)));
    }

    @Test
    void refusedBulkCreateQuotesEachIssuesErrors() {
        JIRA.stubFor(post(urlPathEqualTo("/rest/api/3/issue/bulk")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"issues":[],"errors":[
                          {"status":400,"failedElementNumber":0,"elementErrors":{"errorMessages":[],
                            "errors":{"customfield_10100":"Field cannot be set. It is not on the appropriate screen."}}},
                          {"status":400,"failedElementNumber":1,"elementErrors":{
                            "errorMessages":["The issue type selected is invalid."],"errors":{}}}]}""")));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(
                JiraRequest.create("/rest/api/3/issue/bulk", JsonNodeFactory.instance.objectNode())));

        assertThat(failure.jiraMessages()).containsExactly(
                "issue 0: customfield_10100: Field cannot be set. It is not on the appropriate screen.",
                "issue 1: The issue type selected is invalid.");
    }

    @Test
    void refusalWithoutAJsonBodyStillExplainsTheStatus() {
        JIRA.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Unauthorized</body></html>")));

        JiraException failure = catchThrowableOfType(JiraException.class,
                () -> transport.send(JiraRequest.get(ISSUE)));

        assertThat(failure.jiraMessages()).isEmpty();
        assertThat(failure.getMessage()).isEqualTo("GET /rest/api/3/issue/LM-7 failed with HTTP 401 (credentials"
                + " rejected: check the e-mail and API token (Jira Cloud) or the personal access token (Data Center))");
    }

    @Test
    void gatewayMessageIsQuotedWhenJiraSendsNoErrorLists() {
        JIRA.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(401)
                .withBody("{\"code\":401,\"message\":\"Client must be authenticated to access this resource.\"}")));

        JiraException failure = catchThrowableOfType(JiraException.class,
                () -> transport.send(JiraRequest.get(ISSUE)));

        assertThat(failure.jiraMessages()).containsExactly("Client must be authenticated to access this resource.");
    }

    @Test
    void successfulAnswerThatIsNotJsonNamesTheCallAndQuotesItsStart() {
        String page = "<html>\n<head><title>Log in - Jira</title></head>\n<body>" + "x".repeat(300) + "</body></html>";
        JIRA.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withHeader("Set-Cookie", "JSESSIONID=secret-session")
                .withBody(page)));

        JiraException failure = catchThrowableOfType(JiraException.class,
                () -> transport.send(JiraRequest.get(ISSUE)));

        String quoted = ("<html> <head><title>Log in - Jira</title></head> <body>" + "x".repeat(300)).substring(0, 200);
        assertThat(failure.status()).isEqualTo(200);
        assertThat(failure.getMessage())
                .isEqualTo("GET /rest/api/3/issue/LM-7: the response (HTTP 200) was not JSON: \"" + quoted + "…\"");
        assertThat(failure.getMessage()).doesNotContain("JSESSIONID", "secret-session");
    }

    @Test
    void createWhoseAnswerIsNotJsonSaysJiraAcceptedIt() {
        JIRA.stubFor(post(urlPathEqualTo("/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withBody("{\"key\":\"LM-8\"")));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(
                JiraRequest.create("/rest/api/2/issue", JsonNodeFactory.instance.objectNode())));

        assertThat(failure.outcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).isEqualTo("POST /rest/api/2/issue: the response (HTTP 201) was not JSON:"
                + " \"{\"key\":\"LM-8\"\". Jira accepted the request, so do not send it again");
    }

    @Test
    void redirectIsNotFollowedAndItsTargetIsNamed() {
        JIRA.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://jira.example.com/jira/rest/api/3/issue/LM-7")));

        JiraException failure = catchThrowableOfType(JiraException.class,
                () -> transport.send(JiraRequest.get(ISSUE)));

        assertThat(failure.getMessage()).isEqualTo("GET /rest/api/3/issue/LM-7 failed with HTTP 301 (redirected to"
                + " https://jira.example.com/jira/rest/api/3/issue/LM-7; redirects are not followed, so check the site"
                + " URL)");
        assertThat(JIRA.getAllServeEvents()).hasSize(1);
    }

    @Test
    void untrustedCertificateIsRefusedAndNotRetried() {
        JIRA.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(okJson("{}")));
        RecordingSleeper sleeper = new RecordingSleeper();
        HttpJiraTransport selfSigned = HttpJiraTransport.create(JiraSite.of("https://localhost:" + JIRA.getHttpsPort()),
                new Credentials.PersonalAccessToken("pat-1"), TransportSettings.defaults(), sleeper,
                Clock.systemUTC(), new Random(1));

        JiraException failure = catchThrowableOfType(JiraException.class,
                () -> selfSigned.send(JiraRequest.get(ISSUE)));
        selfSigned.close();

        assertThat(failure.getCause()).isInstanceOf(SSLHandshakeException.class);
        assertThat(failure.getMessage()).startsWith("GET /rest/api/3/issue/LM-7 failed: the TLS handshake failed (")
                .contains("the site's certificate must match its host name and be trusted by this Java runtime");
        assertThat(sleeper.delays()).isEmpty();
        assertThat(JIRA.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusedConnectionSaysNothingReachedJira() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpJiraTransport toNowhere = HttpJiraTransport.create(JiraSite.of("http://127.0.0.1:" + closedPort),
                new Credentials.PersonalAccessToken("pat-1"), TransportSettings.defaults(), new RecordingSleeper(),
                Clock.systemUTC(), new Random(1));

        JiraException failure = catchThrowableOfType(JiraException.class, () -> toNowhere.send(
                JiraRequest.create(ISSUE, JsonNodeFactory.instance.objectNode())));
        toNowhere.close();

        assertThat(failure.outcomeUnknown()).isFalse();
        assertThat(failure.status()).isZero();
        assertThat(failure.getMessage()).startsWith("POST /rest/api/3/issue/LM-7 failed: could not connect (")
                .doesNotContain("may or may not");
        assertThat(failure.getCause()).isInstanceOf(ConnectException.class);
    }
}
