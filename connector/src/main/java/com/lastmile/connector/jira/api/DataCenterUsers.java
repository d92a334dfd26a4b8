package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.connector.jira.http.JiraRequest;
import com.lastmile.connector.jira.http.JiraTransport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Data Center has no lookup of many users by name. The cheapest documented way is to stream the directory with
 * {@code GET /rest/api/2/user/list} (2000 users a page, its documented default, following {@code nextCursor}) and
 * stop as soon as every wanted name was seen: at most one request per 2000 users of the site, whatever the number
 * of names. The spec documents a 403 for callers without permission to list users; for them it falls back to
 * {@code GET /rest/api/2/user?username=…}, one request per name (a 404 means no such user).
 */
final class DataCenterUsers implements UserSource {

    static final String LIST_PATH = "/rest/api/2/user/list";
    static final String USER_PATH = "/rest/api/2/user";
    static final int PAGE_SIZE = 2000;

    private final JiraTransport transport;

    DataCenterUsers(JiraTransport transport) {
        this.transport = transport;
    }

    @Override
    public List<JiraUser> users(Collection<String> ids) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            return List.of();
        }
        try {
            return fromDirectory(wanted);
        } catch (JiraException e) {
            if (e.status() != 403) {
                throw e;
            }
            return oneByOne(wanted);
        }
    }

    private List<JiraUser> fromDirectory(Set<String> wanted) {
        Map<String, JiraUser> found = new LinkedHashMap<>();
        String cursor = null;
        boolean last;
        do {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("maxResults", String.valueOf(PAGE_SIZE));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonNode page = transport.send(JiraRequest.get(LIST_PATH, query)).body();
            for (JsonNode value : page.path("values")) {
                JiraUser user = JiraUsers.read(value, JiraFlavor.DATA_CENTER);
                if (wanted.contains(user.id())) {
                    found.put(user.id(), user);
                }
            }
            cursor = Json.text(page, "nextCursor");
            last = cursor == null || page.path("isLast").asBoolean(false) || found.size() == wanted.size();
        } while (!last);
        return wanted.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private List<JiraUser> oneByOne(Set<String> wanted) {
        List<JiraUser> users = new ArrayList<>();
        for (String name : wanted) {
            try {
                JsonNode user = transport.send(JiraRequest.get(USER_PATH, Map.of("username", name))).body();
                users.add(JiraUsers.read(user, JiraFlavor.DATA_CENTER));
            } catch (JiraException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        return users;
    }
}
