package com.lastmile.connector.jira.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to Jira.
 *
 * @param method HTTP method
 * @param path absolute path below the site's base URL, starting with {@code /rest/}
 * @param query query parameters in order (values are not yet encoded)
 * @param body JSON body, or null
 * @param retrySafe whether sending it twice has the effect of sending it once: GET, PUT, DELETE and read-only
 *     POSTs such as a search. A create is not, so a failure without a response is reported, never retried.
 */
public record JiraRequest(String method, String path, Map<String, String> query, JsonNode body, boolean retrySafe) {

    public JiraRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    public static JiraRequest get(String path, Map<String, String> query) {
        return new JiraRequest("GET", path, query, null, true);
    }

    public static JiraRequest get(String path) {
        return get(path, Map.of());
    }

    /** A POST that changes nothing (a search, a bulk read): safe to resend. */
    public static JiraRequest read(String path, JsonNode body) {
        return new JiraRequest("POST", path, Map.of(), body, true);
    }

    /** A POST that creates something: never resent after a failure without a response. */
    public static JiraRequest create(String path, JsonNode body) {
        return new JiraRequest("POST", path, Map.of(), body, false);
    }

    public static JiraRequest put(String path, JsonNode body) {
        return new JiraRequest("PUT", path, Map.of(), body, true);
    }

    /** "POST /rest/api/3/issue/bulk": how errors name the call (never with its body or query values). */
    public String describe() {
        return method + " " + path;
    }
}
