package com.lastmile.app.jira;

import com.lastmile.connector.jira.api.JiraApi;

/**
 * An open connection to one Jira site as the credentials' user, closed when the command or the server is done.
 *
 * @param release frees the connection's resources (the HTTP client's sockets)
 */
public record JiraSession(JiraApi api, Runnable release) implements AutoCloseable {

    @Override
    public void close() {
        release.run();
    }
}
