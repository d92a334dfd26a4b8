package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.avatar.Avatar;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.issuetype.IssueType}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/issuetype/IssueType.html
 * Ledger: §5.9 interface, C8 as a type; members C6/C7 (see docs/jira-api-verification.md)
 */
public interface IssueType {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/issuetype/IssueType.html#getId-- — C6 (declared on IssueConstant; ledger §5.9 uses IssueType ids as String) */
    String getId();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/issuetype/IssueType.html#getName-- — C6 (declared on IssueConstant) */
    String getName();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/issuetype/IssueType.html#isSubTask-- — C7 (Javadoc 7.1.7 IssueType) */
    boolean isSubTask();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/issuetype/IssueType.html#getAvatar-- — C7 (Javadoc 7.1.7 IssueType: @Nullable Avatar getAvatar(); reused for createIssueType, whose avatarId must not be null) */
    Avatar getAvatar();
}
