package com.lastmile.web.adf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks an ADF tree against the structure rules of Atlassian's ADF schema for the nodes the renderer uses
 * (doc, heading, paragraph, text, hardBreak, status, bulletList, listItem, table, tableRow, tableHeader,
 * tableCell, taskList, taskItem): allowed children, required attributes, no unknown properties, non-empty
 * text, well-formed marks, unique local ids. Returns the violations, each with its JSON path.
 */
final class AdfValidator {

    private static final Set<String> INLINE = Set.of("text", "hardBreak", "status");
    private static final Set<String> TOP_BLOCKS = Set.of("heading", "paragraph", "bulletList", "table", "taskList");
    private static final Set<String> CELL_BLOCKS = Set.of("paragraph", "bulletList", "heading", "taskList");
    private static final Set<String> COLOURS = Set.of("neutral", "purple", "blue", "red", "yellow", "green");
    private static final Set<String> MARKS = Set.of("strong", "em", "code", "strike", "underline");

    private final List<String> violations = new ArrayList<>();
    private final Set<String> localIds = new HashSet<>();

    static List<String> validate(JsonNode doc) {
        AdfValidator validator = new AdfValidator();
        validator.doc(doc);
        return validator.violations;
    }

    private void doc(JsonNode doc) {
        allowedFields(doc, "$", "version", "type", "content");
        expect(doc.path("version").isInt() && doc.path("version").asInt() == 1, "$.version", "must be 1");
        expect("doc".equals(doc.path("type").asText()), "$.type", "must be doc");
        children(doc, "$", TOP_BLOCKS, 0);
    }

    /** Walks the content array of a node, checking each child's type is allowed. */
    private void children(JsonNode parent, String path, Set<String> allowed, int min) {
        JsonNode content = parent.get("content");
        if (content == null) {
            expect(min == 0, path, "content is required");
            return;
        }
        if (!content.isArray()) {
            violations.add(path + ".content: must be an array");
            return;
        }
        expect(content.size() >= min, path + ".content", "needs at least " + min + " node(s)");
        for (int i = 0; i < content.size(); i++) {
            JsonNode child = content.get(i);
            String childPath = path + ".content[" + i + "]";
            String type = child.path("type").asText("");
            if (!allowed.contains(type)) {
                violations.add(childPath + ": '" + type + "' not allowed here (allowed " + allowed + ")");
                continue;
            }
            node(child, childPath);
        }
    }

    private void node(JsonNode node, String path) {
        String type = node.path("type").asText();
        switch (type) {
            case "heading" -> {
                allowedFields(node, path, "type", "attrs", "content");
                int level = node.path("attrs").path("level").asInt(-1);
                expect(level >= 1 && level <= 6, path + ".attrs.level", "must be 1..6");
                children(node, path, INLINE, 0);
            }
            case "paragraph" -> {
                allowedFields(node, path, "type", "content");
                children(node, path, INLINE, 0);
            }
            case "text" -> {
                allowedFields(node, path, "type", "text", "marks");
                expect(node.path("text").isTextual() && !node.path("text").asText().isEmpty(), path + ".text",
                        "must be a non-empty string");
                expect(!node.path("text").asText().contains("\n"), path + ".text", "line breaks must be hardBreak nodes");
                marks(node, path);
            }
            case "hardBreak" -> allowedFields(node, path, "type");
            case "status" -> {
                allowedFields(node, path, "type", "attrs");
                JsonNode attrs = node.path("attrs");
                allowedFields(attrs, path + ".attrs", "text", "color", "localId", "style");
                expect(!attrs.path("text").asText("").isEmpty(), path + ".attrs.text", "must be non-empty");
                expect(COLOURS.contains(attrs.path("color").asText()), path + ".attrs.color", "unknown colour");
                localId(attrs, path);
            }
            case "bulletList" -> {
                allowedFields(node, path, "type", "content");
                children(node, path, Set.of("listItem"), 1);
                for (int i = 0; i < node.path("content").size(); i++) {
                    listItem(node.path("content").get(i), path + ".content[" + i + "]");
                }
            }
            case "listItem" -> { }
            case "table" -> {
                allowedFields(node, path, "type", "attrs", "content");
                children(node, path, Set.of("tableRow"), 1);
                int width = -1;
                for (int r = 0; r < node.path("content").size(); r++) {
                    int cells = node.path("content").get(r).path("content").size();
                    expect(width < 0 || cells == width, path + ".content[" + r + "]", "row width differs");
                    width = cells;
                }
            }
            case "tableRow" -> {
                allowedFields(node, path, "type", "content");
                children(node, path, Set.of("tableHeader", "tableCell"), 1);
            }
            case "tableHeader", "tableCell" -> {
                allowedFields(node, path, "type", "attrs", "content");
                children(node, path, CELL_BLOCKS, 1);
            }
            case "taskList" -> {
                allowedFields(node, path, "type", "attrs", "content");
                localId(node.path("attrs"), path);
                children(node, path, Set.of("taskItem"), 1);
            }
            case "taskItem" -> {
                allowedFields(node, path, "type", "attrs", "content");
                JsonNode attrs = node.path("attrs");
                localId(attrs, path);
                String state = attrs.path("state").asText();
                expect(state.equals("TODO") || state.equals("DONE"), path + ".attrs.state", "must be TODO or DONE");
                children(node, path, INLINE, 0);
            }
            default -> violations.add(path + ": unexpected node type " + type);
        }
    }

    private void listItem(JsonNode item, String path) {
        allowedFields(item, path, "type", "content");
        JsonNode content = item.path("content");
        expect(content.isArray() && content.size() >= 1, path + ".content", "needs at least one node");
        if (content.size() >= 1) {
            expect("paragraph".equals(content.get(0).path("type").asText()), path + ".content[0]",
                    "the first node of a list item must be a paragraph");
        }
        children(item, path, Set.of("paragraph", "bulletList"), 1);
    }

    private void marks(JsonNode text, String path) {
        JsonNode marks = text.get("marks");
        if (marks == null) {
            return;
        }
        expect(marks.isArray() && marks.size() > 0, path + ".marks", "must be a non-empty array when present");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            JsonNode mark = marks.get(i);
            String type = mark.path("type").asText("");
            expect(MARKS.contains(type), path + ".marks[" + i + "]", "unknown mark '" + type + "'");
            expect(seen.add(type), path + ".marks[" + i + "]", "duplicate mark " + type);
            allowedFields(mark, path + ".marks[" + i + "]", "type");
        }
    }

    private void localId(JsonNode attrs, String path) {
        String id = attrs.path("localId").asText("");
        expect(!id.isEmpty(), path + ".attrs.localId", "required");
        expect(id.isEmpty() || localIds.add(id), path + ".attrs.localId", "not unique: " + id);
    }

    private void allowedFields(JsonNode node, String path, String... allowed) {
        if (!node.isObject()) {
            violations.add(path + ": must be an object");
            return;
        }
        Set<String> ok = Set.of(allowed);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ok.contains(name)) {
                violations.add(path + ": unexpected property '" + name + "'");
            }
        }
    }

    private void expect(boolean condition, String path, String message) {
        if (!condition) {
            violations.add(path + ": " + message);
        }
    }
}
