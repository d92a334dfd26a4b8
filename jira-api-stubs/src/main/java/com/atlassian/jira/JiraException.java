package com.atlassian.jira;

/**
 * Compile-only stub of {@code com.atlassian.jira.JiraException}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/JiraException.html
 * Ledger: §5.2 checked exception, C6
 */
public class JiraException extends Exception {
    private static final long serialVersionUID = 1L;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/JiraException.html#JiraException-java.lang.String- — C6 (ledger §5.2) */
    public JiraException(String message) {
        super(message);
    }
}
