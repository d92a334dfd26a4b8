package com.atlassian.jira.avatar;

/**
 * Compile-only stub of {@code com.atlassian.jira.avatar.Avatar}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/avatar/Avatar.html
 * Ledger: not in the ledger: U
 */
public interface Avatar {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/avatar/Avatar.html#getId-- — C7 (not in the ledger; the type IssueType.getAvatar returns in Javadoc 7.1.7; getId itself: U) */
    Long getId();
}
