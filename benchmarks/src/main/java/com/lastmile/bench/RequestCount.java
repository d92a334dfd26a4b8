package com.lastmile.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** HTTP requests of one run, sorted into what they were for. */
public record RequestCount(Map<Kind, Integer> byKind) {

    /** What a request was for, told from its method and path. */
    public enum Kind {
        /** serverInfo, myself, the lists of fields, issue types and link types. */
        SURVEY,
        /** creating issue types, the link type, custom fields, and putting fields on the default screen. */
        PROVISIONING,
        SEARCH,
        BULK_CREATE,
        CHANGELOG,
        USERS,
        EDIT,
        OTHER
    }

    public RequestCount {
        byKind = Map.copyOf(byKind);
    }

    /** Sorts requests logged as "METHOD /path". */
    public static RequestCount of(List<String> requests) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, 0);
        }
        requests.forEach(request -> counts.merge(kind(request), 1, Integer::sum));
        return new RequestCount(counts);
    }

    public int get(Kind kind) {
        return byKind.get(kind);
    }

    public int total() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every request except the one-off site survey and provisioning. */
    public int work() {
        return total() - get(Kind.SURVEY) - get(Kind.PROVISIONING);
    }

    private static Kind kind(String request) {
        String method = request.substring(0, request.indexOf(' '));
        String path = request.substring(request.indexOf(' ') + 1);
        if (path.endsWith("/issue/bulk")) {
            return Kind.BULK_CREATE;
        }
        if (path.endsWith("/search") || path.endsWith("/search/jql")) {
            return Kind.SEARCH;
        }
        if (path.endsWith("/changelog/bulkfetch")) {
            return Kind.CHANGELOG;
        }
        if (path.contains("/user")) {
            return Kind.USERS;
        }
        if (path.endsWith("/serverInfo") || path.endsWith("/myself")
                || method.equals("GET") && (path.endsWith("/field") || path.endsWith("/issuetype")
                        || path.endsWith("/issueLinkType"))) {
            return Kind.SURVEY;
        }
        if (method.equals("POST") && (path.endsWith("/field") || path.endsWith("/issuetype")
                || path.endsWith("/issueLinkType") || path.contains("/screens/addToDefault/"))) {
            return Kind.PROVISIONING;
        }
        if (method.equals("PUT") && path.contains("/issue/")) {
            return Kind.EDIT;
        }
        return Kind.OTHER;
    }
}
