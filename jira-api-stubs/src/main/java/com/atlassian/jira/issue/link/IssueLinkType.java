package com.atlassian.jira.issue.link;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.link.IssueLinkType}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkType.html
 * Ledger: §5.6 interface, C8
 */
public interface IssueLinkType {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkType.html#getId-- — C8 (ledger §5.6) */
    Long getId();
}
