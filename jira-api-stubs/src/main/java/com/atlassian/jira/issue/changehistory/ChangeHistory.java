package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.changehistory.ChangeHistory}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/changehistory/ChangeHistory.html
 * Ledger: not in the ledger: class @PublicApi per Javadoc 7.3.4, C7
 */
public class ChangeHistory {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/changehistory/ChangeHistory.html#getIssueId-- — C7 (Javadoc 7.3.4 ChangeHistory page) */
    public Long getIssueId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/changehistory/ChangeHistory.html#getTimePerformed-- — C7 (Javadoc 7.3.4) */
    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/changehistory/ChangeHistory.html#getChangeItemBeans-- — C7 (Javadoc 7.3.4) */
    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
