package com.atlassian.jira.issue.link;

import java.util.Collection;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.link.IssueLinkTypeManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html
 * Ledger: §5.6 interface @PublicApi, C8
 */
public interface IssueLinkTypeManager {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html#getIssueLinkTypesByName-java.lang.String- — C8 (ledger §5.6) */
    Collection<IssueLinkType> getIssueLinkTypesByName(String name);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html#createIssueLinkType-java.lang.String-java.lang.String-java.lang.String-java.lang.String- — C8 (ledger §5.6; returns void) */
    void createIssueLinkType(String name, String outward, String inward, String style);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html#getIssueLinkType-java.lang.Long- — C8 (CD MockIssueLinkTypeManager 8.20 implements it; 6.3 source) */
    IssueLinkType getIssueLinkType(Long id);
}
