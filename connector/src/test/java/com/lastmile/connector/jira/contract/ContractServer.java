package com.lastmile.connector.jira.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.lastmile.connector.jira.http.HttpJiraTransport;
import com.lastmile.connector.jira.http.JiraSite;
import com.lastmile.connector.jira.http.JiraTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stub Jira (WireMock) held to Atlassian's spec both ways: every answer is validated against the operation's
 * response schema when it is stubbed, and after each test every request in WireMock's journal is validated against
 * the operation it calls. Any message fails the test, listed one per line.
 */
final class ContractServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JiraSpec spec;
    private final List<String> problems = new ArrayList<>();
    private final List<JiraTransport> transports = new ArrayList<>();
    private WireMockServer server;

    ContractServer(JiraSpec spec) {
        this.spec = spec;
    }

    /** A real HTTP transport to the stub, with the flavor's kind of credentials; closed after the test. */
    JiraTransport transport() {
        JiraTransport transport = HttpJiraTransport.create(JiraSite.of(server.baseUrl()), spec.credentials());
        transports.add(transport);
        return transport;
    }

    void stub(String method, String path, int status, JsonNode body) {
        stub(method, path, UnaryOperator.identity(), status, body);
    }

    /**
     * @param match narrows the stub (body or query matchers, priority); the method and path are set here
     * @param body the answer, or null for none
     */
    void stub(String method, String path, UnaryOperator<MappingBuilder> match, int status, JsonNode body) {
        spec.validateResponse(method, path, status, body)
                .forEach(message -> problems.add("answer of " + method + " " + path + " (" + status + "): " + message));
        ResponseDefinitionBuilder response = aResponse().withStatus(status);
        if (body != null) {
            response.withHeader("Content-Type", "application/json").withBody(body.toString());
        }
        server.stubFor(match.apply(request(method, urlPathEqualTo(path))).willReturn(response));
    }

    /** Drops the connection without an answer. */
    void fault(String method, String path, UnaryOperator<MappingBuilder> match) {
        server.stubFor(match.apply(request(method, urlPathEqualTo(path)))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** The requests received for one method and path, oldest first. */
    List<Received> requests(String method, String path) {
        return journal().stream()
                .filter(request -> request.getMethod().getName().equals(method) && pathOf(request).equals(path))
                .map(ContractServer::received)
                .toList();
    }

    /** Every request received, as "METHOD path", oldest first. */
    List<String> calls() {
        return journal().stream().map(request -> request.getMethod().getName() + " " + pathOf(request)).toList();
    }

    /**
     * @param query decoded query parameters in order, each with all its values
     * @param body the JSON body, or null
     */
    record Received(Map<String, List<String>> query, JsonNode body) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        spec.validator();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
        problems.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        transports.forEach(JiraTransport::close);
        transports.clear();
        for (LoggedRequest request : journal()) {
            String call = request.getMethod().getName() + " " + pathOf(request);
            spec.validateRequest(request.getMethod().getName(), pathOf(request), query(request), headers(request),
                            request.getBodyAsString())
                    .forEach(message -> problems.add("request " + call + ": " + message));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Not as " + spec + "'s spec says:\n  " + String.join("\n  ", problems));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** WireMock lists the newest first. */
    private List<LoggedRequest> journal() {
        List<LoggedRequest> requests = new ArrayList<>();
        server.getAllServeEvents().forEach(event -> requests.add(0, event.getRequest()));
        return requests;
    }

    private static Received received(LoggedRequest request) {
        String body = request.getBodyAsString();
        try {
            return new Received(query(request), body == null || body.isEmpty() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException("the client sent a body that is not JSON: " + body, e);
        }
    }

    private static String pathOf(LoggedRequest request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static Map<String, List<String>> query(LoggedRequest request) {
        String url = request.getUrl();
        int start = url.indexOf('?');
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (start >= 0) {
            for (String pair : url.substring(start + 1).split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return query;
    }

    private static Map<String, List<String>> headers(LoggedRequest request) {
        return request.getHeaders().all().stream()
                .collect(Collectors.toMap(HttpHeader::key, HttpHeader::values, (a, b) -> a, LinkedHashMap::new));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
