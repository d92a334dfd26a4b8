package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.search.SearchException}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/search/SearchException.html
 * Ledger: §5.2 checked exception, C6
 */
public class SearchException extends JiraException {
    private static final long serialVersionUID = 1L;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/search/SearchException.html#SearchException-java.lang.String- — C6 (ledger §5.2) */
    public SearchException(String message) {
        super(message);
    }
}
