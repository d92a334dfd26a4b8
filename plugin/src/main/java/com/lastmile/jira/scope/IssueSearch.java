package com.lastmile.jira.scope;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.lastmile.web.rest.ApiException;
import java.util.List;

/** JQL searches, as the user or (to see the whole tree before filtering it) overriding security. */
public final class IssueSearch {

    private final SearchService search;

    public IssueSearch(SearchService search) {
        this.search = search;
    }

    /** Issues the user may browse. A query that does not parse is the caller's 400, naming {@code jql}. */
    public List<Issue> asUser(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = parse(user, jql);
        try {
            return search.search(user, parsed.getQuery(), PagerFilter.getUnlimitedFilter()).getResults();
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed: " + jql, e);
        }
    }

    /** Every issue matching, whatever the user may browse: callers filter with the user's permissions. */
    public List<Issue> overridingSecurity(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = parse(user, jql);
        try {
            return search.searchOverrideSecurity(user, parsed.getQuery(), PagerFilter.getUnlimitedFilter()).getResults();
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed: " + jql, e);
        }
    }

    private SearchService.ParseResult parse(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw ApiException.badParameter("jql", "plugin.scope.error.jql", String.join(" ",
                    parsed.getErrors().getErrorMessages()));
        }
        return parsed;
    }
}
