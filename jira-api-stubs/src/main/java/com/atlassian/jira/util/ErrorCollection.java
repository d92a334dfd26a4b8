package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/**
 * Compile-only stub of {@code com.atlassian.jira.util.ErrorCollection}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/util/ErrorCollection.html
 * Ledger: §1.8 interface @PublicApi, C8
 */
public interface ErrorCollection {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/ErrorCollection.html#addError-java.lang.String-java.lang.String- — C8 (ledger §1.8) */
    void addError(String field, String message);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/ErrorCollection.html#getErrorMessages-- — C6 (ledger §1.8) */
    Collection<String> getErrorMessages();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/ErrorCollection.html#getErrors-- — C6 (ledger §1.8) */
    Map<String, String> getErrors();
}
