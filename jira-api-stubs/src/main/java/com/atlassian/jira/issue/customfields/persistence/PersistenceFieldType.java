package com.atlassian.jira.issue.customfields.persistence;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.html
 * Ledger: §1.5 final class, C6
 */
public final class PersistenceFieldType {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/persistence/PersistenceFieldType.html#TYPE_UNLIMITED_TEXT — C6 (ledger §1.5; a final class in 6.3, not an enum: never switch on it) */
    public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType();

    private PersistenceFieldType() {
    }
}
