package com.lastmile.connector.jira.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/** Sends requests with Apache HttpClient 5 (classic). First cut: no retries yet. */
public final class HttpJiraTransport implements JiraTransport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JiraSite site;
    private final Credentials credentials;
    private final CloseableHttpClient client;

    private HttpJiraTransport(JiraSite site, Credentials credentials, CloseableHttpClient client) {
        this.site = site;
        this.credentials = credentials;
        this.client = client;
    }

    public static HttpJiraTransport create(JiraSite site, Credentials credentials) {
        return new HttpJiraTransport(site, credentials, HttpClients.createSystem());
    }

    @Override
    public JiraResponse send(JiraRequest request) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), uri(request));
        http.setHeader(HttpHeaders.AUTHORIZATION, credentials.authorization());
        http.setHeader(HttpHeaders.ACCEPT, "application/json");
        if (request.body() != null) {
            http.setEntity(new StringEntity(request.body().toString(), ContentType.APPLICATION_JSON));
        }
        try {
            return client.execute(http, response -> {
                String text = response.getEntity() == null ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                int status = response.getCode();
                if (status / 100 != 2) {
                    throw new JiraException(request.describe() + " failed with HTTP " + status, status, List.of(),
                            false, null);
                }
                JsonNode body = text.isEmpty() ? null : JSON.readTree(text);
                return new JiraResponse(status, body);
            });
        } catch (IOException e) {
            throw new JiraException(request.describe() + " failed: " + e.getMessage(), 0, List.of(),
                    !request.retrySafe(), e);
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
