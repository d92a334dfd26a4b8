package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.http.JiraRequest;
import com.lastmile.connector.jira.http.JiraTransport;
import java.util.List;
import java.util.function.Consumer;

/**
 * Data Center's {@code POST /rest/api/2/search}, paged by {@code startAt} until {@code total}. It asks for 1000
 * issues a page: the default of {@code jira.search.views.default.max}, the site's cap on a page, so a larger ask
 * buys nothing on a default site; a site with a lower cap answers with smaller pages, and paging advances by what
 * arrived. One request per page.
 *
 * <p>Entity properties cannot be asked for: the 10.3 spec's {@code SearchRequestBean} has no {@code properties}
 * and Jira Data Center does not return them from a search (feature request JRASERVER-62898).
 *
 * <p>An instance may expand every issue it returns, e.g. with its changelog.
 */
final class DataCenterIssueSearch implements IssueSearch {

    static final String PATH = "/rest/api/2/search";
    static final int PAGE_SIZE = 1000;

    private final JiraTransport transport;
    private final List<String> expand;

    DataCenterIssueSearch(JiraTransport transport, List<String> expand) {
        this.transport = transport;
        this.expand = List.copyOf(expand);
    }

    @Override
    public int forEach(IssueQuery query, Consumer<JsonNode> sink) {
        if (!query.properties().isEmpty()) {
            throw new UnsupportedOperationException("Jira Data Center's search cannot return entity properties "
                    + query.properties() + " (JRASERVER-62898)");
        }
        ObjectNode template = Json.object().put("jql", query.jql());
        template.set("fields", Json.strings(query.fields()));
        if (!expand.isEmpty()) {
            template.set("expand", Json.strings(expand));
        }
        template.put("maxResults", PAGE_SIZE);
        int delivered = 0;
        int total;
        int pageSize;
        do {
            JsonNode page = transport.send(JiraRequest.read(PATH, template.deepCopy().put("startAt", delivered)))
                    .body();
            JsonNode issues = page.path("issues");
            issues.forEach(sink);
            pageSize = issues.size();
            delivered += pageSize;
            total = page.path("total").asInt();
        } while (pageSize > 0 && delivered < total);
        return delivered;
    }
}
