package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.http.JiraRequest;
import com.lastmile.connector.jira.http.JiraTransport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Cloud's {@code POST /rest/api/3/changelog/bulkfetch}: up to 1000 issues per request and up to 10000 histories per
 * page (both the spec's limits), following {@code nextPageToken}. Cost: one request per page, at least one per 1000
 * issues.
 */
final class CloudChangelogs implements ChangelogSource {

    static final String PATH = "/rest/api/3/changelog/bulkfetch";
    static final int ISSUES_PER_REQUEST = 1000;
    static final int PAGE_SIZE = 10_000;

    private final JiraTransport transport;

    CloudChangelogs(JiraTransport transport) {
        this.transport = transport;
    }

    @Override
    public Map<String, List<ChangeEntry>> changelogs(Collection<String> issueIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(issueIds));
        ChangeEntries entries = new ChangeEntries(ids);
        for (List<String> chunk : Chunks.of(ids, ISSUES_PER_REQUEST)) {
            ObjectNode first = Json.object();
            first.set("issueIdsOrKeys", Json.strings(chunk));
            first.put("maxResults", PAGE_SIZE);
            String token = null;
            do {
                ObjectNode body = token == null ? first : first.deepCopy().put("nextPageToken", token);
                JsonNode page = transport.send(JiraRequest.read(PATH, body)).body();
                for (JsonNode issue : page.path("issueChangeLogs")) {
                    String issueId = Json.text(issue, "issueId");
                    issue.path("changeHistories").forEach(history -> entries.add(issueId, history));
                }
                token = Json.text(page, "nextPageToken");
            } while (token != null);
        }
        return entries.result();
    }
}
