package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.link.IssueLinkManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html
 * Ledger: §5.6 interface @PublicApi, C8
 */
public interface IssueLinkManager {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html#getIssueLinks-java.lang.Long- — C7/C8: the parameter is the issue LINK TYPE id (ledger §5.6 says issueId: corrected, see docs/jira-api-verification.md) */
    Collection<IssueLink> getIssueLinks(Long issueLinkTypeId);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html#createIssueLink-java.lang.Long-java.lang.Long-java.lang.Long-java.lang.Long-com.atlassian.jira.user.ApplicationUser- — C8 (ledger §5.6) */
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;
}
