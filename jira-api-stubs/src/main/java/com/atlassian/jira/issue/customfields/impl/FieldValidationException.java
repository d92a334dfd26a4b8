package com.atlassian.jira.issue.customfields.impl;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.customfields.impl.FieldValidationException}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/FieldValidationException.html
 * Ledger: §1.6 class extends RuntimeException @PublicApi, C6
 */
public class FieldValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/impl/FieldValidationException.html#FieldValidationException-java.lang.String- — C6 (ledger §1.6) */
    public FieldValidationException(String message) {
        super(message);
    }
}
