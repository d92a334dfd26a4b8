package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

/**
 * Compile-only stub of {@code com.atlassian.jira.exception.CreateException}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/exception/CreateException.html
 * Ledger: §5.6 checked exception, C6
 */
public class CreateException extends JiraException {
    private static final long serialVersionUID = 1L;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/exception/CreateException.html#CreateException-java.lang.String- — C6 (ledger §5.6; checked) */
    public CreateException(String message) {
        super(message);
    }
}
