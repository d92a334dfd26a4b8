package com.atlassian.jira.issue.history;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.history.ChangeItemBean}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/history/ChangeItemBean.html
 * Ledger: §5.7 class @PublicApi, C6
 */
public class ChangeItemBean {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/history/ChangeItemBean.html#getField-- — C6 (ledger §5.7) */
    public String getField() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/history/ChangeItemBean.html#getFrom-- — C6 (ledger §5.7) */
    public String getFrom() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/history/ChangeItemBean.html#getFromString-- — C6 (ledger §5.7) */
    public String getFromString() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/history/ChangeItemBean.html#getTo-- — C6 (ledger §5.7) */
    public String getTo() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/history/ChangeItemBean.html#getToString-- — C6 (ledger §5.7) */
    public String getToString() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
