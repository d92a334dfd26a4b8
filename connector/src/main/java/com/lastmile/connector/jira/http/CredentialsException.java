package com.lastmile.connector.jira.http;

/** Credentials could not be loaded; the message tells the user what to fix and never contains a secret. */
public final class CredentialsException extends RuntimeException {

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
