package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Compile-only stub of {@code com.atlassian.jira.bc.issue.search.SearchService}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.html
 * Ledger: §5.2 interface @PublicApi, C8/C10
 */
public interface SearchService {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.html#search-com.atlassian.jira.user.ApplicationUser-com.atlassian.query.Query-com.atlassian.jira.web.bean.PagerFilter- — C8 (ledger §5.2; 10.3 U, high confidence) */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.html#searchOverrideSecurity-com.atlassian.jira.user.ApplicationUser-com.atlassian.query.Query-com.atlassian.jira.web.bean.PagerFilter- — C8 (not in the ledger; CD MockSearchService 8.20, see docs/jira-api-verification.md) */
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.html#parseQuery-com.atlassian.jira.user.ApplicationUser-java.lang.String- — C10 (ledger §5.2) */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.html#SearchService.ParseResult — C10 (ledger §5.2: public static final class) */
    final class ParseResult {
        /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.ParseResult.html#getQuery-- — C10 (ledger §5.2) */
        public Query getQuery() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.ParseResult.html#getErrors-- — C10 (ledger §5.2) */
        public MessageSet getErrors() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.ParseResult.html#isValid-- — C10 (ledger §5.2) */
        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
