package com.atlassian.jira.issue;

/**
 * Compile-only stub of {@code com.atlassian.jira.issue.UpdateIssueRequest}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/UpdateIssueRequest.html
 * Ledger: §5.1 class, C10 (the stub builds an instance so unit tests can verify the call)
 */
public class UpdateIssueRequest {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/UpdateIssueRequest.html#builder-- — C10 (ledger §5.1: SP EstimateFieldServiceImpl, Jira 10.3; static) */
    public static UpdateIssueRequestBuilder builder() {
        return new UpdateIssueRequestBuilder();
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/UpdateIssueRequest.UpdateIssueRequestBuilder.html — C8 (nested public static class with a public no-arg constructor: see docs/jira-api-verification.md) */
    public static class UpdateIssueRequestBuilder {
        /** https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/UpdateIssueRequest.UpdateIssueRequestBuilder.html#build-- — C10 (ledger §5.1) */
        public UpdateIssueRequest build() {
            return new UpdateIssueRequest();
        }
    }
}
