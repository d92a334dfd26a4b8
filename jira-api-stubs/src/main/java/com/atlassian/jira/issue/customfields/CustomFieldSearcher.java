package com.atlassian.jira.issue.customfields;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.customfields.CustomFieldSearcher}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldSearcher.html
 * Ledger: §2 interface @PublicSpi, C6 (passed through only)
 */
public interface CustomFieldSearcher {
}
