package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.http.JiraRequest;
import com.lastmile.connector.jira.http.JiraTransport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cloud's {@code GET /rest/api/3/user/bulk}, 50 account ids per request (the spec sets no limit on repeated
 * {@code accountId}s; 50 ids of up to ~50 characters keep the URL near 3 KB, well inside common proxy limits), asking
 * for a page of the same size and following {@code startAt} while a page is not the last. Cost: one request per 50
 * users.
 *
 * <p>The repeated {@code accountId} parameter is written into the request path because {@link JiraRequest}'s query
 * map holds one value per name.
 */
final class CloudUsers implements UserSource {

    static final String PATH = "/rest/api/3/user/bulk";
    static final int BATCH = 50;

    private final JiraTransport transport;

    CloudUsers(JiraTransport transport) {
        this.transport = transport;
    }

    @Override
    public List<JiraUser> users(Collection<String> ids) {
        List<JiraUser> users = new ArrayList<>();
        for (List<String> batch : Chunks.of(new ArrayList<>(new LinkedHashSet<>(ids)), BATCH)) {
            int startAt = 0;
            boolean last;
            do {
                JsonNode page = transport.send(JiraRequest.get(pathFor(batch, startAt))).body();
                JsonNode values = page.path("values");
                values.forEach(user -> users.add(JiraUsers.read(user, JiraFlavor.CLOUD)));
                startAt += values.size();
                last = values.isEmpty() || page.path("isLast").asBoolean(true);
            } while (!last);
        }
        return users;
    }

    private static String pathFor(List<String> accountIds, int startAt) {
        return accountIds.stream()
                .map(id -> "accountId=" + PathSegments.encode(id))
                .collect(Collectors.joining("&", PATH + "?", "&startAt=" + startAt + "&maxResults=" + BATCH));
    }
}
