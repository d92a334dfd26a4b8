package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stub of {@code com.atlassian.jira.jql.query.QueryCreationContext}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/query/QueryCreationContext.html
 * Ledger: §4 interface @PublicApi, C8
 */
public interface QueryCreationContext {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/query/QueryCreationContext.html#getApplicationUser-- — C8 (ledger §4) */
    ApplicationUser getApplicationUser();
}
