package com.lastmile.connector.jira.api;

import com.lastmile.connector.jira.http.JiraRequest;
import com.lastmile.connector.jira.http.JiraTransport;

/**
 * Opens a {@link JiraApi} on a site, telling Cloud from Data Center with one request:
 * {@code GET /rest/api/2/serverInfo}. Both products serve that path (Data Center has only REST v2; Cloud serves v2
 * beside v3), so detection needs no guess and no retry. Cloud answers {@code "deploymentType": "Cloud"}; anything
 * else (Data Center and Server answer "Server") is Data Center.
 *
 * <p>The Cloud v3 spec lists only {@code /rest/api/3/serverInfo}. Cloud's v2 and v3 differ only where v3 carries ADF
 * text, which serverInfo has none of, so the contract tests validate this one request and its answer against
 * Cloud's {@code GET /rest/api/3/serverInfo} operation.
 */
public final class JiraConnection {

    static final String SERVER_INFO_PATH = "/rest/api/2/serverInfo";

    private JiraConnection() {
    }

    public static JiraApi open(JiraTransport transport) {
        return new RestJiraApi(transport, detect(transport));
    }

    public static JiraFlavor detect(JiraTransport transport) {
        String deploymentType = Json.text(transport.send(JiraRequest.get(SERVER_INFO_PATH)).body(), "deploymentType");
        return "Cloud".equalsIgnoreCase(deploymentType) ? JiraFlavor.CLOUD : JiraFlavor.DATA_CENTER;
    }
}
