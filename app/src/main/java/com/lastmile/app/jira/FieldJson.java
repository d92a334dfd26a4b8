package com.lastmile.app.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.api.JiraFlavor;
import java.math.BigDecimal;

/**
 * Values of Last Mile's fields in the JSON an edit takes on each flavor: numbers exact, a user as
 * {@code {"accountId": id}} on Cloud and {@code {"name": id}} on Data Center, multi-line text as a plain string on
 * Data Center and as an Atlassian Document (one paragraph per line) on Cloud; none as JSON null, which clears.
 */
final class FieldJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JiraFlavor flavor;

    FieldJson(JiraFlavor flavor) {
        this.flavor = flavor;
    }

    JsonNode number(BigDecimal value) {
        return value == null ? NODES.nullNode() : NODES.numberNode(value);
    }

    JsonNode user(String id) {
        return id == null ? NODES.nullNode()
                : NODES.objectNode().put(flavor == JiraFlavor.CLOUD ? "accountId" : "name", id);
    }

    JsonNode multiLineText(String text) {
        if (text == null) {
            return NODES.nullNode();
        }
        if (flavor == JiraFlavor.DATA_CENTER) {
            return NODES.textNode(text);
        }
        ObjectNode doc = NODES.objectNode().put("type", "doc").put("version", 1);
        ArrayNode paragraphs = doc.putArray("content");
        for (String line : text.split("\r\n|\r|\n", -1)) {
            ObjectNode paragraph = paragraphs.addObject().put("type", "paragraph");
            if (!line.isEmpty()) {
                paragraph.putArray("content").addObject().put("type", "text").put("text", line);
            }
        }
        return doc;
    }
}
