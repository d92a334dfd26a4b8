package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.changehistory.ChangeHistoryManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html
 * Ledger: §5.7 interface @PublicApi, C6
 */
public interface ChangeHistoryManager {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html#getChangeHistoriesForUser-java.lang.Iterable-com.atlassian.jira.user.ApplicationUser- — C6 bulk read (not in the ledger; 6.3 source "@since 5.1" with a crowd User; the ApplicationUser parameter from 7 on is inferred: U, see docs/jira-api-verification.md) */
    List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser);
}
