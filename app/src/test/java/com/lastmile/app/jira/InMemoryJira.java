package com.lastmile.app.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.api.CommentBody;
import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.connector.jira.api.JiraUser;
import com.lastmile.connector.jira.api.ReadOnlyJiraApi;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.core.tracker.TrackerField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An in-memory Data Center Jira for the command line and the preview: Last Mile's fields, the issues every search
 * finds (whatever its JQL), changelogs and users. It counts calls, keeps the edits and comments it was sent, and fails
 * a kind of call with a status as Jira would.
 */
public final class InMemoryJira extends ReadOnlyJiraApi {

    public static final String STORY_POINTS = "customfield_10016";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<FieldInfo> fields = new ArrayList<>();
    private final List<IssueRecord> issues = new ArrayList<>();
    private final Map<String, List<ChangeEntry>> changelogs = new HashMap<>();
    private final Map<String, JiraUser> users = new LinkedHashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();
    private final List<String> jqls = new ArrayList<>();
    private final Map<String, Map<String, JsonNode>> edits = new LinkedHashMap<>();
    private final List<Comment> comments = new ArrayList<>();
    private final Map<String, Integer> failures = new HashMap<>();
    private final JiraUser myself;

    public InMemoryJira(JiraUser myself) {
        this.myself = myself;
        for (TrackerField field : TrackerField.values()) {
            fields.add(new FieldInfo(fieldId(field), field.defaultName(), true, "com.example:" + field.kind()));
        }
        fields.add(new FieldInfo(STORY_POINTS, "Story Points", true, "com.example:float"));
    }

    public static String fieldId(TrackerField field) {
        return "customfield_" + (10_100 + field.ordinal());
    }

    /** Makes every call of that method fail with this HTTP status and a message of Jira's. */
    public void fail(String method, int status) {
        failures.put(method, status);
    }

    public void user(String id, String name, boolean active) {
        users.put(id, new JiraUser(id, name, active));
    }

    public Issue issue(String key, String type) {
        return new Issue(key, type);
    }

    /** Records that the planned value was first {@code from}, then {@code to}. */
    public void replanned(String key, String from, String to) {
        changelogs.put(idOf(key), List.of(new ChangeEntry(Instant.parse("2026-02-01T08:00:00Z"),
                List.of(new ChangeEntry.Item(TrackerField.PLANNED.defaultName(), null, null, from, null, to)))));
    }

    public int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    public List<String> jqls() {
        return jqls;
    }

    public Map<String, Map<String, JsonNode>> edits() {
        return edits;
    }

    /** A comment as it was sent. */
    public record Comment(String issueKey, CommentBody body) {
    }

    public List<Comment> comments() {
        return List.copyOf(comments);
    }

    private static String idOf(String key) {
        return String.valueOf(10_000 + Integer.parseInt(key.substring(key.indexOf('-') + 1)));
    }

    private void call(String method) {
        calls.merge(method, 1, Integer::sum);
        Integer status = failures.get(method);
        if (status != null) {
            throw new JiraException(method + " failed: Jira answered " + status + " (Field 'x' does not exist)",
                    status, List.of("Field 'x' does not exist"), false, null);
        }
    }

    /** An issue of the fake, added when built. */
    public final class Issue {
        private final String key;
        private final String type;
        private String summary;
        private String status = "To Do";
        private String category = "new";
        private String parent;
        private LocalDate due;
        private final List<IssueRecord.Link> links = new ArrayList<>();
        private final Map<String, JsonNode> values = new LinkedHashMap<>();

        private Issue(String key, String type) {
            this.key = key;
            this.type = type;
            this.summary = key;
        }

        public Issue summary(String value) { summary = value; return this; }
        public Issue status(String name, String categoryKey) { status = name; category = categoryKey; return this; }
        public Issue parent(String value) { parent = value; return this; }
        public Issue due(String value) { due = LocalDate.parse(value); return this; }

        public Issue contributesTo(String otherKey) {
            links.add(new IssueRecord.Link(TrackerField.LINK_TYPE_NAME, true, otherKey));
            return this;
        }

        public Issue contributedBy(String otherKey) {
            links.add(new IssueRecord.Link(TrackerField.LINK_TYPE_NAME, false, otherKey));
            return this;
        }

        public Issue text(TrackerField field, String value) {
            values.put(fieldId(field), JSON.textNode(value));
            return this;
        }

        public Issue number(TrackerField field, String value) {
            values.put(fieldId(field), JSON.numberNode(new BigDecimal(value)));
            return this;
        }

        public Issue points(String value) {
            values.put(STORY_POINTS, JSON.numberNode(new BigDecimal(value)));
            return this;
        }

        public Issue user(TrackerField field, String name) {
            ObjectNode user = JSON.objectNode().put("name", name);
            values.put(fieldId(field), user);
            return this;
        }

        public void add() {
            issues.add(new IssueRecord(idOf(key), key, type, summary, status, category, parent, due, links, values,
                    Map.of()));
        }
    }

    @Override
    public JiraFlavor flavor() {
        return JiraFlavor.DATA_CENTER;
    }

    @Override
    public JiraUser myself() {
        call("myself");
        return myself;
    }

    @Override
    public List<FieldInfo> fields() {
        call("fields");
        return List.copyOf(fields);
    }

    @Override
    public int search(String jql, Collection<String> fieldIds, Collection<String> propertyKeys,
                      Consumer<IssueRecord> sink) {
        call("search");
        jqls.add(jql);
        issues.forEach(sink);
        return issues.size();
    }

    @Override
    public Map<String, List<ChangeEntry>> changelogs(Collection<String> issueIds) {
        call("changelogs");
        Map<String, List<ChangeEntry>> found = new HashMap<>();
        issueIds.stream().filter(changelogs::containsKey).forEach(id -> found.put(id, changelogs.get(id)));
        return found;
    }

    @Override
    public List<JiraUser> users(Collection<String> ids) {
        call("users");
        return ids.stream().filter(users::containsKey).map(users::get).toList();
    }

    @Override
    public void editIssue(String key, Map<String, JsonNode> fields) {
        call("editIssue");
        edits.put(key, Map.copyOf(fields));
    }

    @Override
    public void comment(String issueKey, CommentBody body) {
        call("comment");
        comments.add(new Comment(issueKey, body));
    }
}
