package com.lastmile.connector.jira.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes values placed into a request path (issue keys, property keys), which the transport sends as given. */
final class PathSegments {

    private PathSegments() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
