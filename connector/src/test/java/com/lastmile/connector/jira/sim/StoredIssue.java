package com.lastmile.connector.jira.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** An issue the fake Jira holds: its fields as created or edited, links, entity properties and history. */
public final class StoredIssue {

    /** One end of a link as seen from this issue: outward = this issue "contributes to" {@code otherKey}. */
    public record LinkEnd(String type, boolean outward, String otherKey) {
    }

    private final String id;
    private final String key;
    private final ObjectNode fields;
    private final ObjectNode properties;
    private final List<LinkEnd> links = new ArrayList<>();
    private final List<ObjectNode> histories = new ArrayList<>();
    private String status = "To Do";
    private String statusCategory = "new";

    StoredIssue(String id, String key, ObjectNode fields, ObjectNode properties) {
        this.id = id;
        this.key = key;
        this.fields = fields;
        this.properties = properties;
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public ObjectNode fields() {
        return fields;
    }

    public ObjectNode properties() {
        return properties;
    }

    public List<LinkEnd> links() {
        return links;
    }

    List<ObjectNode> histories() {
        return histories;
    }

    public String status() {
        return status;
    }

    public String statusCategory() {
        return statusCategory;
    }

    /** Moves the issue to a status (tests: Jira's workflow is not simulated). */
    public void setStatus(String name, String categoryKey) {
        this.status = name;
        this.statusCategory = categoryKey;
    }
}
