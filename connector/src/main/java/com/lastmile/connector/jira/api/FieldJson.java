package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.core.tracker.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Field values in the JSON each flavor takes. A user is {@code {"accountId": id}} on Cloud and {@code {"name": id}}
 * on Data Center: workspace person ids are taken as account ids on Cloud and user names on Data Center. Multi-line
 * text (and the RACI field, multi-line text over REST) is a plain string on Data Center and an Atlassian Document
 * on Cloud, one paragraph per line, so the document's text is exactly the text written. A missing value is JSON
 * null, which clears the field in an edit. The importer and the live preview's recorder both write through here.
 */
public final class FieldJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JiraFlavor flavor;

    public FieldJson(JiraFlavor flavor) {
        this.flavor = flavor;
    }

    public JsonNode number(BigDecimal value) {
        return value == null ? NODES.nullNode() : NODES.numberNode(value);
    }

    public JsonNode date(LocalDate value) {
        return value == null ? NODES.nullNode() : NODES.textNode(value.toString());
    }

    /** Text for a field of the given kind: TEXT, TEXTAREA or RACI. */
    public JsonNode text(ValueKind kind, String value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (kind == ValueKind.TEXT || flavor == JiraFlavor.DATA_CENTER) {
            return NODES.textNode(value);
        }
        return document(value);
    }

    public JsonNode user(String id) {
        if (id == null) {
            return NODES.nullNode();
        }
        ObjectNode user = NODES.objectNode();
        user.put(flavor == JiraFlavor.CLOUD ? "accountId" : "name", id);
        return user;
    }

    private static JsonNode document(String text) {
        ObjectNode doc = NODES.objectNode();
        doc.put("type", "doc");
        doc.put("version", 1);
        ArrayNode paragraphs = doc.putArray("content");
        for (String line : text.split("\r\n|\r|\n", -1)) {
            ObjectNode paragraph = paragraphs.addObject();
            paragraph.put("type", "paragraph");
            if (!line.isEmpty()) {
                ObjectNode node = paragraph.putArray("content").addObject();
                node.put("type", "text");
                node.put("text", line);
            }
        }
        return doc;
    }
}
