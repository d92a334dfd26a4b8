package com.atlassian.jira.security.request;

/**
 * Compile-only stub of {@code com.atlassian.jira.security.request.RequestMethod}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/security/request/RequestMethod.html
 * Ledger: conventions §1.10 (SP 10.3), C10
 */
public enum RequestMethod {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/security/request/RequestMethod.html — C10 (SP 10.3; only the constants used) */
    GET,
    POST
}
