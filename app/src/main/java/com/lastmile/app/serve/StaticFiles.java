package com.lastmile.app.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves the files below a classpath folder under an HTTP context, read-only: GET and HEAD, known file types
 * only, and only paths made of plain names (letters, digits, dot, dash, underscore; no empty, "." or ".."
 * segment), so no request can reach outside the folder.
 */
final class StaticFiles implements HttpHandler {

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final ClassLoader loader;
    private final String folder;
    private final String index;

    /**
     * @param folder the classpath folder, e.g. {@code "preview/"}
     * @param index the file served for the context's own path, or null for none
     */
    StaticFiles(ClassLoader loader, String folder, String index) {
        this.loader = loader;
        this.folder = folder;
        this.index = index;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "405 Method Not Allowed");
                return;
            }
            Optional<String> path = relativePath(exchange);
            Optional<String> type = path.flatMap(ContentTypes::of);
            InputStream file = type.isEmpty() ? null : loader.getResourceAsStream(folder + path.get());
            if (file == null) {
                sendText(exchange, 404, "404 Not Found");
                return;
            }
            byte[] content;
            try (file) {
                content = file.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", type.get());
            send(exchange, 200, content);
        }
    }

    /** The requested path below the context (decoded), the index for the context itself; empty when unsafe. */
    private Optional<String> relativePath(HttpExchange exchange) {
        String context = exchange.getHttpContext().getPath();
        String requested = exchange.getRequestURI().getPath();
        String relative = requested.length() <= context.length() ? "" : requested.substring(context.length());
        if (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        if (relative.isEmpty() && index != null) {
            return Optional.of(index);
        }
        return SAFE_PATH.matcher(relative).matches() && !relative.contains("..") ? Optional.of(relative)
                : Optional.empty();
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] content) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : content.length);
        if (!head) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(content);
            }
        }
    }
}
