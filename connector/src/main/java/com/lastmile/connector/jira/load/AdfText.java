package com.lastmile.connector.jira.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plain text of an Atlassian Document Format value: Cloud's REST v3 returns multi-line text fields (notes,
 * causes, a RACI kept as text) as ADF documents. Text nodes are joined, a hard break or a new block is a line break.
 */
final class AdfText {

    private AdfText() {
    }

    static boolean isDocument(JsonNode value) {
        return value != null && value.isObject() && "doc".equals(value.path("type").asText());
    }

    static String of(JsonNode document) {
        StringBuilder text = new StringBuilder();
        append(document, text);
        return text.toString();
    }

    private static void append(JsonNode node, StringBuilder text) {
        String type = node.path("type").asText();
        if ("text".equals(type)) {
            text.append(node.path("text").asText());
        } else if ("hardBreak".equals(type)) {
            text.append('\n');
        }
        boolean first = true;
        for (JsonNode child : node.path("content")) {
            if (!first && isBlock(child)) {
                text.append('\n');
            }
            append(child, text);
            first = false;
        }
    }

    /** Nodes that start a new line: everything but inline content. */
    private static boolean isBlock(JsonNode node) {
        String type = node.path("type").asText();
        return !("text".equals(type) || "hardBreak".equals(type) || "mention".equals(type)
                || "emoji".equals(type) || "inlineCard".equals(type));
    }
}
