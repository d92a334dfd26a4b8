package com.atlassian.jira.user;

/**
 * Compile-only stub of {@code com.atlassian.jira.user.ApplicationUser}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/user/ApplicationUser.html
 * Ledger: §6.1 interface, C10
 */
public interface ApplicationUser {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/user/ApplicationUser.html#getKey-- — C10 (ledger §6.1) */
    String getKey();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/user/ApplicationUser.html#getUsername-- — C10 (ledger §6.1) */
    String getUsername();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/user/ApplicationUser.html#getDisplayName-- — C6 (ledger §6.1) */
    String getDisplayName();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/user/ApplicationUser.html#isActive-- — C6 (ledger §6.1) */
    boolean isActive();
}
