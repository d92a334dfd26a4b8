package com.atlassian.jira.web.action;

/**
 * Compile-only stub of {@code com.atlassian.jira.web.action.JiraWebActionSupport}; Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/web/action/JiraWebActionSupport.html
 * Ledger: not in the ledger (conventions §1.10): class extends JiraActionSupport extends webwork ActionSupport; flattened, which is safe for calls and overrides
 */
public class JiraWebActionSupport {
    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/web/action/JiraWebActionSupport.html#JiraWebActionSupport-- — C7 (Javadoc jira/latest; constructor takes no arguments) */
    public JiraWebActionSupport() {
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/web/action/JiraWebActionSupport.html#doDefault-- — C10 (SP ScrumPokerConfigurationAction overrides it on 10.3; declared on webwork.action.ActionSupport) */
    public String doDefault() throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/web/action/JiraWebActionSupport.html#doExecute-- — C10 (SP 10.3: protected, declared on webwork.action.ActionSupport) */
    protected String doExecute() throws Exception {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /** https://docs.atlassian.com/jira/server/com/atlassian/jira/web/action/JiraWebActionSupport.html#getRedirect-java.lang.String- — C8 (Jira 6.3 actions and plugins; returns the "none" result after sending the redirect) */
    public String getRedirect(String defaultUrl) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
