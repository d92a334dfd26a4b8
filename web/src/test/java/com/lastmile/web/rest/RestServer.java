package com.lastmile.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.CheckpointRecorder;
import com.lastmile.web.port.ScopeProvider;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The REST API on Jersey 2 with the JDK's HTTP server on a free loopback port, as the preview serves it, with
 * a {@link SampleHost} behind the ports and the clock fixed on the sample's tour date, 2026-06-29.
 */
final class RestServer implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 29);
    /** The content type of every answer, as Jersey spells it (with or without a space). */
    static final String JSON_UTF8 = "(?i)application/json; ?charset=UTF-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    final SampleHost host = new SampleHost();
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    RestServer() {
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ResourceConfig config = new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .registerClasses(RestComponents.resources())
                .registerClasses(RestComponents.providers())
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(host).to(CallerResolver.class).to(ScopeProvider.class).to(CheckpointRecorder.class);
                        bind(clock).to(Clock.class);
                    }
                });
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0" + RestComponents.BASE_PATH),
                config);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + RestComponents.BASE_PATH;
    }

    /** A response with its body read as JSON. */
    record Answer(int status, String contentType, JsonNode json) {
    }

    Answer get(String path, String... cookies) {
        return send(request(path, cookies).GET());
    }

    Answer post(String path, String contentType, String body, String... cookies) {
        HttpRequest.Builder request = request(path, cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    Answer postJson(String path, String body, String... cookies) {
        return post(path, "application/json", body, cookies);
    }

    private HttpRequest.Builder request(String path, String... cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookies.length > 0) {
            request.header("Cookie", String.join("; ", cookies));
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String viewer(String id) {
        return "lastmile-viewer=" + id;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
