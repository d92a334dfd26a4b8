package com.lastmile.connector.jira.http;

/**
 * Port: sends one request to one Jira site as one user and returns its successful answer. Implementations retry
 * what is safe to retry and turn every other outcome into a {@link JiraException}.
 */
public interface JiraTransport extends AutoCloseable {

    /**
     * @throws JiraException for any non-2xx status left after retries, an I/O failure, a timeout or a body that is
     *     not JSON
     */
    JiraResponse send(JiraRequest request);

    @Override
    void close();
}
