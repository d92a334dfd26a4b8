package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Compile-only stub of {@code com.atlassian.jira.config.IssueTypeManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/config/IssueTypeManager.html
 * Ledger: §5.9 interface @PublicApi, C8
 */
public interface IssueTypeManager {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/config/IssueTypeManager.html#getIssueTypes-- — C8 (ledger §5.9) */
    Collection<IssueType> getIssueTypes();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/config/IssueTypeManager.html#createIssueType-java.lang.String-java.lang.String-java.lang.Long- — C8 (ledger §5.9; "avatarId cannot be null", adds the type to the default issue type scheme) */
    IssueType createIssueType(String name, String description, Long avatarId);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/config/IssueTypeManager.html#createSubTaskIssueType-java.lang.String-java.lang.String-java.lang.Long- — C8 (ledger §5.9) */
    IssueType createSubTaskIssueType(String name, String description, Long avatarId);
}
