package com.atlassian.jira.web.bean;

/**
 * Compile-only stub of {@code com.atlassian.jira.web.bean.PagerFilter}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/web/bean/PagerFilter.html
 * Ledger: §5.4 class @PublicApi, C6/C8 (the stub returns an instance so unit tests can pass it on)
 */
public class PagerFilter<T> {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/web/bean/PagerFilter.html#getUnlimitedFilter-- — C6 + doc (ledger §5.4; static; removed only in Jira 12) */
    public static PagerFilter getUnlimitedFilter() {
        return new PagerFilter<>();
    }
}
