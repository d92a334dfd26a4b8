package com.lastmile.connector.jira.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Sends requests to one Jira site with Apache HttpClient 5 (classic), as JSON in UTF-8, retrying what
 * {@link RetryPolicy} allows and reporting the rest through {@link JiraFailures}. Thread-safe.
 */
public final class HttpJiraTransport implements JiraTransport {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JiraSite site;
    private final Credentials credentials;
    private final CloseableHttpClient client;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final JiraFailures failures;

    private HttpJiraTransport(JiraSite site, Credentials credentials, CloseableHttpClient client,
                              RetryPolicy retryPolicy, Sleeper sleeper, JiraFailures failures) {
        this.site = site;
        this.credentials = credentials;
        this.client = client;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.failures = failures;
    }

    public static HttpJiraTransport create(JiraSite site, Credentials credentials) {
        return create(site, credentials, TransportSettings.defaults());
    }

    public static HttpJiraTransport create(JiraSite site, Credentials credentials, TransportSettings settings) {
        return create(site, credentials, settings, Sleeper.SYSTEM, Clock.systemUTC(), new Random());
    }

    static HttpJiraTransport create(JiraSite site, Credentials credentials, TransportSettings settings,
                                    Sleeper sleeper, Clock clock, RandomGenerator random) {
        return new HttpJiraTransport(site, credentials, JiraHttpClients.create(settings),
                new RetryPolicy(settings.retry(), clock, random), sleeper, new JiraFailures(settings));
    }

    @Override
    public JiraResponse send(JiraRequest request) {
        for (int attempts = 1; ; attempts++) {
            Outcome outcome = attempt(request);
            if (outcome instanceof Outcome.Answer answer && answer.successful()) {
                return parse(request, answer);
            }
            RetryPolicy.Decision decision = retryPolicy.decide(request, outcome, attempts);
            if (decision instanceof RetryPolicy.Decision.GiveUp giveUp) {
                throw failures.failed(request, outcome, giveUp.note());
            }
            pause(request, ((RetryPolicy.Decision.Retry) decision).delay());
        }
    }

    private Outcome attempt(JiraRequest request) {
        try {
            return client.execute(http(request), HttpJiraTransport::answer);
        } catch (IOException e) {
            return new Outcome.NoAnswer(e);
        }
    }

    /** A new HTTP request per attempt: HttpClient keeps per-execution state on it. */
    private HttpUriRequestBase http(JiraRequest request) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), uri(request));
        http.setHeader(HttpHeaders.AUTHORIZATION, credentials.authorization());
        http.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        // Jira's XSRF check refuses some POSTs of a REST client (a body-less one among them) without this header
        http.setHeader("X-Atlassian-Token", "no-check");
        if (request.body() != null) {
            http.setEntity(new StringEntity(request.body().toString(), ContentType.APPLICATION_JSON));
        }
        return http;
    }

    private static Outcome.Answer answer(ClassicHttpResponse response) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        // JSON is UTF-8 (RFC 8259), whatever charset a proxy's error page might declare
        String body = response.getEntity() == null ? ""
                : new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.UTF_8);
        return new Outcome.Answer(response.getCode(), headers, body);
    }

    private JiraResponse parse(JiraRequest request, Outcome.Answer answer) {
        if (answer.body().isBlank()) {
            return new JiraResponse(answer.status(), null);
        }
        try {
            return new JiraResponse(answer.status(), JSON.readTree(answer.body()));
        } catch (JacksonException e) {
            throw failures.notJson(request, answer, e);
        }
    }

    private void pause(JiraRequest request, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.interrupted(request, e);
        }
    }

    private URI uri(JiraRequest request) {
        Map<String, String> query = request.query();
        String suffix = query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return site.resolve(request.path() + suffix);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new IllegalStateException("closing the HTTP client failed", e);
        }
    }
}
