package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.http.JiraRequest;
import com.lastmile.connector.jira.http.JiraTransport;

/**
 * The id of Jira Software's Epic Link field on a Data Center site (its id differs per site), found with one
 * {@code GET /rest/api/2/field} on first use and kept for the connection's life.
 */
final class EpicLinkField {

    private final JiraTransport transport;
    private final String fieldsPath;
    private String id;

    EpicLinkField(JiraTransport transport, JiraFlavor flavor) {
        this.transport = transport;
        this.fieldsPath = flavor.apiBase() + "/field";
    }

    synchronized String id() {
        if (id == null) {
            id = find();
        }
        return id;
    }

    private String find() {
        for (JsonNode field : transport.send(JiraRequest.get(fieldsPath)).body()) {
            if (FieldInfo.EPIC_LINK_TYPE.equals(Json.text(field, "schema", "custom"))) {
                return Json.text(field, "id");
            }
        }
        throw new IllegalStateException("this Jira has no Epic Link field (" + FieldInfo.EPIC_LINK_TYPE
                + "): is Jira Software installed?");
    }
}
