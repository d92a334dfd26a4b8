package com.lastmile.connector.jira.api;

import com.lastmile.connector.jira.http.JiraTransport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Data Center has no bulk changelog resource, so this searches {@code id in (…)} with {@code expand: ["changelog"]},
 * 200 issues per search: that bounds the JQL (about 2 KB) and the answer, which carries every history of every
 * issue in it. Cost: one request per 200 issues. Data Center's changelog expansion is not paged (it returns the
 * whole history); only the key field is asked for, so that Jira does not send all navigable fields besides.
 */
final class DataCenterChangelogs implements ChangelogSource {

    static final int ISSUES_PER_SEARCH = 200;

    private final IssueSearch search;

    DataCenterChangelogs(JiraTransport transport) {
        this.search = new DataCenterIssueSearch(transport, List.of("changelog"));
    }

    @Override
    public Map<String, List<ChangeEntry>> changelogs(Collection<String> issueIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(issueIds));
        ChangeEntries entries = new ChangeEntries(ids);
        for (List<String> chunk : Chunks.of(ids, ISSUES_PER_SEARCH)) {
            IssueQuery query = new IssueQuery(idClause(chunk), List.of("key"), List.of());
            search.forEach(query, issue -> issue.path("changelog").path("histories")
                    .forEach(history -> entries.add(Json.text(issue, "id"), history)));
        }
        return entries.result();
    }

    /** {@code id in ("10001", "10002")}, each id quoted so that no id can change the query. */
    static String idClause(List<String> ids) {
        return ids.stream()
                .map(id -> '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(", ", "id in (", ")"));
    }
}
