package com.lastmile.web.adf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.core.doc.Block;
import com.lastmile.core.doc.BulletList;
import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.Heading;
import com.lastmile.core.doc.Inline;
import com.lastmile.core.doc.Lozenge;
import com.lastmile.core.doc.Paragraph;
import com.lastmile.core.doc.Table;
import com.lastmile.core.doc.TaskList;
import com.lastmile.core.doc.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Renders a core {@link Document} as Atlassian Document Format (ADF) JSON, the rich-text format of Jira Cloud
 * (issue descriptions, comments): {@code {"version":1,"type":"doc","content":[…]}}.
 *
 * <p>The node structure follows Atlassian's ADF schema:
 * <ul>
 *   <li>the title is a {@code heading} of level 1, headings carry {@code attrs.level} (1–6);</li>
 *   <li>a {@code paragraph} holds {@code text} nodes (marks: {@code strong} for bold), {@code hardBreak} nodes
 *       for line breaks and {@code status} nodes for lozenges; an empty paragraph has no {@code content};</li>
 *   <li>{@code bulletList} → {@code listItem} → one {@code paragraph};</li>
 *   <li>{@code table} → {@code tableRow} → {@code tableHeader} (first row) or {@code tableCell}, every cell
 *       holding exactly one {@code paragraph} (cells must contain block nodes);</li>
 *   <li>{@code taskList} → {@code taskItem} with {@code attrs.localId} and {@code attrs.state} "TODO" or
 *       "DONE", holding inline nodes directly.</li>
 * </ul>
 * Text nodes are never empty (the schema forbids it): empty texts, lozenges and lists are left out.
 * Local ids are UUIDs derived from their position, so the same document always renders to the same JSON.
 * User text is carried as JSON string values only, so it cannot inject nodes or marks.
 */
public final class AdfRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private int nextLocalId;

    private AdfRenderer() {
    }

    /** The document as compact ADF JSON. */
    public static String render(Document document) {
        try {
            return MAPPER.writeValueAsString(toTree(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an ADF tree", e);
        }
    }

    /** The document as an ADF tree, for callers that embed it in a larger JSON body (a REST request). */
    public static ObjectNode toTree(Document document) {
        return new AdfRenderer().doc(document);
    }

    private ObjectNode doc(Document document) {
        ObjectNode doc = NODES.objectNode();
        doc.put("version", 1);
        doc.put("type", "doc");
        ArrayNode content = doc.putArray("content");
        content.add(heading(new Heading(1, document.title())));
        for (Block block : document.blocks()) {
            ObjectNode node = block(block);
            if (node != null) {
                content.add(node);
            }
        }
        return doc;
    }

    private ObjectNode block(Block block) {
        if (block instanceof Heading heading) {
            return heading(heading);
        } else if (block instanceof Paragraph paragraph) {
            return paragraph(paragraph);
        } else if (block instanceof BulletList list) {
            return bulletList(list);
        } else if (block instanceof TaskList tasks) {
            return taskList(tasks);
        }
        return table((Table) block);
    }

    private ObjectNode heading(Heading heading) {
        ObjectNode node = node("heading");
        node.putObject("attrs").put("level", heading.level());
        String text = heading.text().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').strip();
        if (!text.isEmpty()) {
            node.putArray("content").add(text(text, false));
        }
        return node;
    }

    private ObjectNode paragraph(Paragraph paragraph) {
        ObjectNode node = node("paragraph");
        ArrayNode content = inlines(paragraph.content());
        if (!content.isEmpty()) {
            node.set("content", content);
        }
        return node;
    }

    private ObjectNode bulletList(BulletList list) {
        if (list.items().isEmpty()) {
            return null;
        }
        ObjectNode node = node("bulletList");
        ArrayNode items = node.putArray("content");
        for (Paragraph item : list.items()) {
            ObjectNode listItem = node("listItem");
            listItem.putArray("content").add(paragraph(item));
            items.add(listItem);
        }
        return node;
    }

    private ObjectNode taskList(TaskList tasks) {
        if (tasks.items().isEmpty()) {
            return null;
        }
        ObjectNode node = node("taskList");
        node.putObject("attrs").put("localId", localId());
        ArrayNode items = node.putArray("content");
        for (TaskList.Task task : tasks.items()) {
            ObjectNode item = node("taskItem");
            item.putObject("attrs").put("localId", localId()).put("state", task.done() ? "DONE" : "TODO");
            ArrayNode content = inlines(task.content().content());
            if (!content.isEmpty()) {
                item.set("content", content);
            }
            items.add(item);
        }
        return node;
    }

    private ObjectNode table(Table table) {
        ObjectNode node = node("table");
        ArrayNode rows = node.putArray("content");
        rows.add(row(table.header(), "tableHeader"));
        for (List<Paragraph> row : table.rows()) {
            rows.add(row(row, "tableCell"));
        }
        return node;
    }

    private ObjectNode row(List<Paragraph> cells, String cellType) {
        ObjectNode row = node("tableRow");
        ArrayNode content = row.putArray("content");
        for (Paragraph cell : cells) {
            ObjectNode node = node(cellType);
            node.putArray("content").add(paragraph(cell));
            content.add(node);
        }
        return row;
    }

    /** Inline nodes: texts split at line breaks into text and hardBreak nodes, lozenges as status nodes. */
    private ArrayNode inlines(List<Inline> inlines) {
        ArrayNode content = NODES.arrayNode();
        for (Inline inline : inlines) {
            if (inline instanceof Lozenge lozenge) {
                String text = lozenge.text().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').strip();
                if (!text.isEmpty()) {
                    ObjectNode status = node("status");
                    status.putObject("attrs").put("text", text)
                            .put("color", lozenge.tone().name().toLowerCase(Locale.ROOT)).put("localId", localId());
                    content.add(status);
                }
            } else {
                Text text = (Text) inline;
                String[] lines = text.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        content.add(node("hardBreak"));
                    }
                    if (!lines[i].isEmpty()) {
                        content.add(text(lines[i], text.bold()));
                    }
                }
            }
        }
        return content;
    }

    private static ObjectNode text(String text, boolean bold) {
        ObjectNode node = node("text");
        node.put("text", text);
        if (bold) {
            node.putArray("marks").addObject().put("type", "strong");
        }
        return node;
    }

    private static ObjectNode node(String type) {
        ObjectNode node = NODES.objectNode();
        node.put("type", type);
        return node;
    }

    private String localId() {
        return UUID.nameUUIDFromBytes(("lastmile-adf-" + nextLocalId++).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
