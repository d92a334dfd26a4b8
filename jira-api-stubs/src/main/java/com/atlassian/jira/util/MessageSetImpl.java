package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Compile-only stub of {@code com.atlassian.jira.util.MessageSetImpl}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSetImpl.html
 * Ledger: §4 class, C8
 */
public class MessageSetImpl implements MessageSet {
    private final Set<String> errors = new LinkedHashSet<>();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSetImpl.html#MessageSetImpl-- — C8 (ledger §4); collects messages so unit tests can read them back */
    public MessageSetImpl() {
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSetImpl.html#addErrorMessage-java.lang.String- — C6 (ledger §4) */
    @Override
    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSetImpl.html#hasAnyErrors-- — C6 (ledger §4) */
    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSetImpl.html#getErrorMessages-- — C6 (ledger §4) */
    @Override
    public Set<String> getErrorMessages() {
        return errors;
    }
}
