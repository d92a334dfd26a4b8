package com.lastmile.connector.jira.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes over the wire, and that secrets never come back in an error. */
class HttpJiraTransportTest {

    @RegisterExtension
    static final WireMockExtension JIRA = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String EMAIL = "li.ming@example.com";
    private static final String API_TOKEN = "ATATT3xFfGF0-api-token-value";
    private static final String PAT = "NjE2OTk4-personal-access-token";
    private static final ObjectNode NEW_ISSUE = JsonNodeFactory.instance.objectNode()
            .put("summary", "新业务线年度签约50家");

    @Test
    void sendsBasicAuthenticationForAnApiTokenAsJson() {
        JIRA.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql"))
                .willReturn(okJson("{\"issues\":[{\"key\":\"LM-1\"}]}")));

        JiraResponse response;
        try (HttpJiraTransport transport = transport(new Credentials.ApiToken(EMAIL, API_TOKEN))) {
            response = transport.send(JiraRequest.get("/rest/api/3/search/jql",
                    Map.of("jql", "project = LM & type = \"Strategic Goal\"")));
        }

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("issues").path(0).path("key").asText()).isEqualTo("LM-1");
        String basic = Base64.getEncoder().encodeToString((EMAIL + ":" + API_TOKEN).getBytes(StandardCharsets.UTF_8));
        JIRA.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("lastmile/test"))
                .withHeader("X-Atlassian-Token", equalTo("no-check"))
                .withQueryParam("jql", equalTo("project = LM & type = \"Strategic Goal\"")));
    }

    @Test
    void sendsABearerTokenForAPersonalAccessTokenAndTheBodyAsUtf8Json() {
        JIRA.stubFor(post(urlPathEqualTo("/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"key\":\"LM-2\"}")));

        try (HttpJiraTransport transport = transport(new Credentials.PersonalAccessToken(PAT))) {
            assertThat(transport.send(JiraRequest.create("/rest/api/2/issue", NEW_ISSUE)).body().path("key").asText())
                    .isEqualTo("LM-2");
        }

        JIRA.verify(postRequestedFor(urlPathEqualTo("/rest/api/2/issue"))
                .withHeader("Authorization", equalTo("Bearer " + PAT))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("{\"summary\":\"新业务线年度签约50家\"}")));
        assertThat(JIRA.getAllServeEvents().get(0).getRequest().getBody())
                .isEqualTo("{\"summary\":\"新业务线年度签约50家\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void answerWithoutBodyHasAMissingBody() {
        JIRA.stubFor(put(urlPathEqualTo("/rest/api/3/issue/LM-1")).willReturn(aResponse().withStatus(204)));

        try (HttpJiraTransport transport = transport(new Credentials.PersonalAccessToken(PAT))) {
            JiraResponse response = transport.send(JiraRequest.put("/rest/api/3/issue/LM-1", NEW_ISSUE));

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isSameAs(MissingNode.getInstance());
        }
    }

    @Test
    void noFailureEverShowsTheSecret() {
        List<String> texts = new ArrayList<>();
        for (Credentials credentials : List.of(new Credentials.ApiToken(EMAIL, API_TOKEN),
                new Credentials.PersonalAccessToken(PAT))) {
            texts.add(credentials.toString());
            try (HttpJiraTransport transport = transport(credentials)) {
                texts.addAll(failureTexts(transport, aResponse().withStatus(401).withBody(
                        "{\"errorMessages\":[\"You are not authenticated. Authentication required to perform this"
                                + " operation.\"]}")));
                texts.addAll(failureTexts(transport, aResponse().withStatus(200).withBody("<html>login</html>")));
                texts.addAll(failureTexts(transport, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
                texts.addAll(failureTexts(transport, aResponse().withStatus(429).withHeader("Retry-After", "999")));
            }
        }

        String basic = Base64.getEncoder().encodeToString((EMAIL + ":" + API_TOKEN).getBytes(StandardCharsets.UTF_8));
        assertThat(texts).hasSizeGreaterThanOrEqualTo(2 + 2 * 4 * 2).allSatisfy(text ->
                assertThat(text).doesNotContain(API_TOKEN, PAT, basic));
        assertThat(texts.get(0)).isEqualTo("ApiToken[email=li.ming@example.com, token=***]");
    }

    /** The message and toString of the failure and of every cause behind it. */
    private static List<String> failureTexts(HttpJiraTransport transport,
                                             ResponseDefinitionBuilder answer) {
        JIRA.resetAll();
        JIRA.stubFor(any(anyUrl()).willReturn(answer));
        JiraException failure = catchThrowableOfType(JiraException.class, () -> transport.send(
                JiraRequest.create("/rest/api/3/issue", NEW_ISSUE)));
        List<String> texts = new ArrayList<>();
        texts.add(failure.getMessage());
        texts.add(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            texts.add(String.valueOf(cause.getMessage()));
        }
        return texts;
    }

    private static HttpJiraTransport transport(Credentials credentials) {
        return HttpJiraTransport.create(JiraSite.of(JIRA.baseUrl()), credentials,
                new TransportSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), "lastmile/test",
                        RetrySettings.defaults()),
                new RecordingSleeper(), Clock.systemUTC(), new Random(1));
    }
}
