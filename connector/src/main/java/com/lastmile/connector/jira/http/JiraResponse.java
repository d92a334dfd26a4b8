package com.lastmile.connector.jira.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A successful (2xx) answer from Jira.
 *
 * @param status HTTP status
 * @param body parsed JSON body; {@link MissingNode} when the answer has none (204)
 */
public record JiraResponse(int status, JsonNode body) {

    public JiraResponse {
        body = body == null ? MissingNode.getInstance() : body;
    }
}
