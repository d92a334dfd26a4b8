package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.http.JiraRequest;
import com.lastmile.connector.jira.http.JiraTransport;
import java.util.function.Consumer;

/**
 * Cloud's {@code POST /rest/api/3/search/jql}: asks for 5000 issues a page (the spec's stated maximum; Jira returns
 * fewer when many fields are requested) and follows {@code nextPageToken} until the last page. One request per
 * page.
 */
final class CloudIssueSearch implements IssueSearch {

    static final String PATH = "/rest/api/3/search/jql";
    static final int PAGE_SIZE = 5000;
    /** The spec: "A list of up to 5 issue properties to include in the results". */
    static final int MAX_PROPERTIES = 5;

    private final JiraTransport transport;

    CloudIssueSearch(JiraTransport transport) {
        this.transport = transport;
    }

    @Override
    public int forEach(IssueQuery query, Consumer<JsonNode> sink) {
        if (query.properties().size() > MAX_PROPERTIES) {
            throw new IllegalArgumentException("Jira Cloud returns at most " + MAX_PROPERTIES
                    + " entity properties per search, asked for " + query.properties());
        }
        ObjectNode first = Json.object().put("jql", query.jql());
        first.set("fields", Json.strings(query.fields()));
        if (!query.properties().isEmpty()) {
            first.set("properties", Json.strings(query.properties()));
        }
        first.put("maxResults", PAGE_SIZE);
        int delivered = 0;
        String token = null;
        boolean last;
        do {
            ObjectNode body = token == null ? first : first.deepCopy().put("nextPageToken", token);
            JsonNode page = transport.send(JiraRequest.read(PATH, body)).body();
            for (JsonNode issue : page.path("issues")) {
                sink.accept(issue);
                delivered++;
            }
            token = Json.text(page, "nextPageToken");
            last = token == null || page.path("isLast").asBoolean(false);
        } while (!last);
        return delivered;
    }
}
