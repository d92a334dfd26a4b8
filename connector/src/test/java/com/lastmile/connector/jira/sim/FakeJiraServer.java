package com.lastmile.connector.jira.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stateful Jira (Cloud or Data Center) on the JDK's HTTP server, for end-to-end tests and the request
 * count benchmark: the client under test talks real HTTP to it, and it keeps the issues, fields, types, links,
 * properties and change histories those requests create. It answers the operations the connector uses, in the
 * shapes of the official specs. Like Jira, it refuses a value for a custom field that is not on the default screen.
 * JQL is understood only as {@code project = KEY}, {@code id in (…)} or
 * {@code key in (…)} (anything else means every issue). Every request is logged so tests can count them.
 */
public final class FakeJiraServer implements AutoCloseable {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISSUE_PATH = Pattern.compile("/issue/([^/]+)$");
    private static final Pattern PROPERTY_PATH = Pattern.compile("/issue/([^/]+)/properties/([^/]+)$");
    private static final Pattern SCREEN_PATH = Pattern.compile("/screens/addToDefault/([^/]+)$");
    private static final Pattern COMMENT_PATH = Pattern.compile("/issue/([^/]+)/comment$");
    private static final Pattern PROJECT_JQL = Pattern.compile("project\\s*=\\s*\"?([A-Za-z0-9_]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_JQL = Pattern.compile("\\b(id|key|issue|issuekey)\\s+in\\s*\\(([^)]*)\\)",
            Pattern.CASE_INSENSITIVE);
    static final int CLOUD_PAGE = 5000;
    static final int DC_PAGE = 1000;
    static final int CHANGELOG_PAGE = 1000;

    private final JiraFlavor flavor;
    private final String base;
    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final JiraState state;
    private Predicate<String> failure = request -> false;

    private FakeJiraServer(JiraFlavor flavor, JiraState state) throws IOException {
        this.flavor = flavor;
        this.base = flavor.apiBase();
        this.state = state;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeJiraServer start(JiraFlavor flavor) {
        try {
            return new FakeJiraServer(flavor, new JiraState(flavor));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Jira", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public JiraState state() {
        return state;
    }

    /** Requests so far, as "METHOD /path". */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void clearRequests() {
        requests.clear();
    }

    /** Answers 500 to every request whose "METHOD /path" the predicate accepts (before doing anything). */
    public void failWhen(Predicate<String> requestMatches) {
        this.failure = requestMatches;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        String call = method + " " + path;
        requests.add(call);
        try (exchange) {
            if (failure.test(call)) {
                respond(exchange, 500, error("Simulated failure of " + call));
                return;
            }
            JsonNode body = readBody(exchange.getRequestBody());
            Answer answer;
            synchronized (state) {
                answer = route(method, path, query(uri.getRawQuery()), body);
            }
            respond(exchange, answer.status(), answer.body());
        } catch (RuntimeException e) {
            respond(exchange, 400, error(e.getMessage()));
        }
    }

    private record Answer(int status, JsonNode body) {
        static Answer ok(JsonNode body) {
            return new Answer(200, body);
        }
    }

    private Answer route(String method, String path, Map<String, List<String>> query, JsonNode body) {
        if (path.equals("/rest/api/2/serverInfo") || path.equals(base + "/serverInfo")) {
            return Answer.ok(state.serverInfo());
        }
        if (!path.startsWith(base + "/")) {
            return new Answer(404, error("No such resource: " + path));
        }
        String rest = path.substring(base.length());
        return switch (method + " " + routeKey(rest)) {
            case "GET /myself" -> Answer.ok(state.myself());
            case "GET /field" -> Answer.ok(state.fieldsJson());
            case "POST /field" -> new Answer(201, state.createField(body));
            case "GET /issuetype" -> Answer.ok(state.issueTypesJson());
            case "POST /issuetype" -> new Answer(201, state.createIssueType(body));
            case "GET /issueLinkType" -> Answer.ok(state.linkTypesJson());
            case "POST /issueLinkType" -> new Answer(201, state.createLinkType(body));
            case "POST /issue/bulk" -> {
                JsonNode result = state.bulkCreate(body, url());
                boolean noneCreated = result.path("issues").isEmpty() && !result.path("errors").isEmpty();
                yield new Answer(noneCreated ? 400 : 201, result);
            }
            case "POST /issueLink" -> {
                state.link(body);
                yield new Answer(201, null);
            }
            case "POST /search/jql" -> Answer.ok(cloudSearch(body));
            case "POST /search" -> Answer.ok(dataCenterSearch(body));
            case "POST /changelog/bulkfetch" -> Answer.ok(state.changelogs(body, CHANGELOG_PAGE));
            case "GET /user/bulk" -> Answer.ok(state.usersPage(query.getOrDefault("accountId", List.of())));
            case "GET /user" -> Answer.ok(state.user(first(query, "username")));
            case "GET /user/list" -> Answer.ok(state.userDirectory());
            case "PUT /issue/*" -> {
                state.edit(match(ISSUE_PATH, rest).group(1), body);
                yield new Answer(204, null);
            }
            case "PUT /issue/*/properties/*" -> {
                Matcher m = match(PROPERTY_PATH, rest);
                state.setProperty(m.group(1), m.group(2), body);
                yield new Answer(200, null);
            }
            case "POST /screens/addToDefault/*" -> {
                state.addToDefaultScreen(match(SCREEN_PATH, rest).group(1));
                yield Answer.ok(NODES.objectNode());
            }
            case "POST /issue/*/comment" -> new Answer(201, state.comment(match(COMMENT_PATH, rest).group(1), body));
            default -> new Answer(404, error("No such resource: " + method + " " + path));
        };
    }

    private static String routeKey(String rest) {
        if (rest.equals("/issue/bulk")) {
            return rest;
        }
        if (SCREEN_PATH.matcher(rest).matches()) {
            return "/screens/addToDefault/*";
        }
        if (PROPERTY_PATH.matcher(rest).matches()) {
            return "/issue/*/properties/*";
        }
        if (COMMENT_PATH.matcher(rest).matches()) {
            return "/issue/*/comment";
        }
        if (ISSUE_PATH.matcher(rest).matches()) {
            return "/issue/*";
        }
        return rest;
    }

    private JsonNode cloudSearch(JsonNode body) {
        List<StoredIssue> matches = matching(body.path("jql").asText(""));
        int start = body.hasNonNull("nextPageToken") ? Integer.parseInt(body.get("nextPageToken").asText()) : 0;
        int size = Math.min(body.path("maxResults").asInt(50), CLOUD_PAGE);
        int end = Math.min(matches.size(), start + size);
        ObjectNode page = NODES.objectNode();
        page.set("issues", issuesJson(matches.subList(start, end), body, false));
        page.put("isLast", end >= matches.size());
        if (end < matches.size()) {
            page.put("nextPageToken", Integer.toString(end));
        }
        return page;
    }

    private JsonNode dataCenterSearch(JsonNode body) {
        List<StoredIssue> matches = matching(body.path("jql").asText(""));
        int start = body.path("startAt").asInt(0);
        int size = Math.min(body.path("maxResults").asInt(50), DC_PAGE);
        int end = Math.min(matches.size(), start + size);
        boolean changelog = body.path("expand").toString().contains("changelog");
        ObjectNode page = NODES.objectNode();
        page.put("startAt", start);
        page.put("maxResults", size);
        page.put("total", matches.size());
        page.set("issues", issuesJson(matches.subList(Math.min(start, end), end), body, changelog));
        return page;
    }

    private ArrayNode issuesJson(List<StoredIssue> issues, JsonNode request, boolean changelog) {
        List<String> fields = strings(request.path("fields"));
        List<String> properties = strings(request.path("properties"));
        ArrayNode array = NODES.arrayNode();
        for (StoredIssue issue : issues) {
            ObjectNode json = state.issueJson(issue, fields, properties, url());
            if (changelog) {
                json.set("changelog", state.changelogJson(issue));
            }
            array.add(json);
        }
        return array;
    }

    private List<StoredIssue> matching(String jql) {
        Matcher in = IN_JQL.matcher(jql);
        if (in.find()) {
            List<String> wanted = new ArrayList<>();
            for (String part : in.group(2).split(",")) {
                wanted.add(part.trim().replace("\"", ""));
            }
            return state.issues().stream()
                    .filter(i -> wanted.contains(i.id()) || wanted.contains(i.key()))
                    .toList();
        }
        Matcher project = PROJECT_JQL.matcher(jql);
        if (project.find()) {
            String prefix = project.group(1) + "-";
            return state.issues().stream().filter(i -> i.key().startsWith(prefix)).toList();
        }
        return state.issues();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> {
            for (String part : value.asText().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        });
        return values;
    }

    private static Matcher match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("unexpected path " + text);
        }
        return matcher;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static JsonNode readBody(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? NODES.objectNode() : JSON.readTree(bytes);
    }

    private static JsonNode error(String message) {
        ObjectNode error = NODES.objectNode();
        error.putArray("errorMessages").add(message);
        error.putObject("errors");
        return error;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
