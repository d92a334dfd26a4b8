package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.search.SearchResults}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/search/SearchResults.html
 * Ledger: §5.3 class, C8
 */
public class SearchResults<T> {
    private final List<T> results;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/search/SearchResults.html#SearchResults-java.util.List-int-int-int- — C8 (ledger §5.3); keeps the list so unit tests can hand results back */
    public SearchResults(List<T> issues, int totalIssueCount, int maxIssueCount, int startIndex) {
        this.results = issues;
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/search/SearchResults.html#getResults-- — C8 (ledger §5.3; renamed from getIssues in Jira 8) */
    public List<T> getResults() {
        return results;
    }
}
