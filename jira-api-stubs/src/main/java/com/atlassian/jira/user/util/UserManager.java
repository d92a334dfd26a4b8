package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stub of {@code com.atlassian.jira.user.util.UserManager}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/user/util/UserManager.html
 * Ledger: §6.1 interface, C10
 */
public interface UserManager {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/user/util/UserManager.html#getUserByKey-java.lang.String- — C10 (ledger §6.1) */
    ApplicationUser getUserByKey(String userKey);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/user/util/UserManager.html#getUserByName-java.lang.String- — C6 (ledger §6.1) */
    ApplicationUser getUserByName(String userName);
}
