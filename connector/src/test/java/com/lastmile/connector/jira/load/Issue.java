package com.lastmile.connector.jira.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds issue records as the Jira API hands them to the loader; fields of Last Mile by {@link SiteFixture} ids. */
final class Issue {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String id;
    private final String key;
    private final String type;
    private String summary;
    private String status = "To Do";
    private String category = "new";
    private String parent;
    private LocalDate due;
    private final List<IssueRecord.Link> links = new ArrayList<>();
    private final Map<String, JsonNode> fields = new LinkedHashMap<>();

    private Issue(String id, String key, String type) {
        this.id = id;
        this.key = key;
        this.type = type;
        this.summary = key + " summary";
    }

    static Issue of(String key, String type) {
        return new Issue(String.valueOf(10_000 + Integer.parseInt(key.substring(key.indexOf('-') + 1))), key, type);
    }

    Issue summary(String value) { summary = value; return this; }
    Issue status(String name, String categoryKey) { status = name; category = categoryKey; return this; }
    Issue parent(String value) { parent = value; return this; }
    Issue due(String value) { due = LocalDate.parse(value); return this; }

    Issue contributesTo(String otherKey) {
        links.add(new IssueRecord.Link("Contributes to", true, otherKey));
        return this;
    }

    Issue contributedBy(String otherKey) {
        links.add(new IssueRecord.Link("Contributes to", false, otherKey));
        return this;
    }

    Issue link(String type, boolean outward, String otherKey) {
        links.add(new IssueRecord.Link(type, outward, otherKey));
        return this;
    }

    Issue set(TrackerField field, String text) {
        return raw(SiteFixture.id(field), JSON.textNode(text));
    }

    Issue set(TrackerField field, BigDecimal number) {
        return raw(SiteFixture.id(field), JSON.numberNode(number));
    }

    Issue set(TrackerField field, double number) {
        return raw(SiteFixture.id(field), JSON.numberNode(number));
    }

    Issue user(TrackerField field, String idKey, String userId) {
        ObjectNode user = JSON.objectNode().put(idKey, userId).put("displayName", userId);
        return raw(SiteFixture.id(field), user);
    }

    Issue raw(String fieldId, JsonNode value) {
        fields.put(fieldId, value);
        return this;
    }

    String id() {
        return id;
    }

    IssueRecord record() {
        return new IssueRecord(id, key, type, summary, status, category, parent, due, links, fields, Map.of());
    }

    /** A one-paragraph ADF document, as Cloud's REST v3 returns a multi-line text field. */
    static JsonNode adf(String text) {
        ObjectNode doc = JSON.objectNode().put("type", "doc").put("version", 1);
        ObjectNode paragraph = doc.putArray("content").addObject().put("type", "paragraph");
        paragraph.putArray("content").addObject().put("type", "text").put("text", text);
        return doc;
    }
}
