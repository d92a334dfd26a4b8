package com.atlassian.jira.util;

import java.util.Set;

/**
 * Compile-only stub of {@code com.atlassian.jira.util.MessageSet}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSet.html
 * Ledger: §4 interface @PublicApi, C6
 */
public interface MessageSet {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSet.html#addErrorMessage-java.lang.String- — C6 (ledger §4) */
    void addErrorMessage(String errorMessage);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSet.html#hasAnyErrors-- — C6 (ledger §4) */
    boolean hasAnyErrors();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSet.html#getErrorMessages-- — C6 (ledger §4) */
    Set<String> getErrorMessages();
}
