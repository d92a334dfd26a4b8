package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only stub of {@code com.atlassian.jira.bc.issue.IssueService}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.html
 * Ledger: §5.10 interface @PublicApi, C8
 */
public interface IssueService {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.html#newIssueInputParameters-- — C8 (ledger §5.10) */
    IssueInputParameters newIssueInputParameters();

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.html#validateCreate-com.atlassian.jira.user.ApplicationUser-com.atlassian.jira.issue.IssueInputParameters- — C8 (ledger §5.10) */
    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.html#create-com.atlassian.jira.user.ApplicationUser-com.atlassian.jira.bc.issue.IssueService.CreateValidationResult- — C8 (ledger §5.10) */
    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.CreateValidationResult.html — C6 (ledger §5.10; members flattened from IssueValidationResult/ServiceResultImpl; never constructed) */
    class CreateValidationResult {
        private CreateValidationResult() {
        }

        /** ServiceResult#isValid — C6 (ledger §5.10) */
        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        /** ServiceResult#getErrorCollection — C6 (ledger §5.10) */
        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.IssueResult.html — C6 (ledger §5.10; members flattened; never constructed) */
    class IssueResult {
        private IssueResult() {
        }

        /** ServiceResult#isValid — C6 (ledger §5.10) */
        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        /** ServiceResult#getErrorCollection — C6 (ledger §5.10) */
        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        /** IssueResult#getIssue — C6 (ledger §5.10) */
        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
