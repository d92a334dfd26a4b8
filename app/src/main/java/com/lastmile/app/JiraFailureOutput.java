package com.lastmile.app;

import com.lastmile.connector.jira.http.CredentialsException;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.core.i18n.Messages;
import java.io.PrintWriter;

/** Says why talking to Jira failed: no usable credentials, or a call Jira did not answer as asked (exit 2). */
final class JiraFailureOutput {

    private JiraFailureOutput() {
    }

    static int print(CredentialsException failure, Messages messages, PrintWriter err) {
        err.println("lastmile: " + messages.format("jira.error.credentials", failure.getMessage()));
        return ExitCodes.BAD_INPUT;
    }

    /** The message names the call and carries Jira's own messages. */
    static int print(JiraException failure, Messages messages, PrintWriter err) {
        err.println("lastmile: " + messages.format("jira.error.call", failure.getMessage()));
        return ExitCodes.BAD_INPUT;
    }
}
