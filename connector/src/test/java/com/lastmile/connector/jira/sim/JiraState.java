package com.lastmile.connector.jira.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.api.JiraFlavor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the fake Jira holds, and how it answers in each flavor's JSON shapes. */
public final class JiraState {

    public static final String STORY_POINTS = "customfield_10016";
    public static final String EPIC_LINK = "customfield_10014";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JiraFlavor flavor;
    private final List<ObjectNode> fields = new ArrayList<>();
    private final List<ObjectNode> issueTypes = new ArrayList<>();
    private final List<ObjectNode> linkTypes = new ArrayList<>();
    private final Map<String, StoredIssue> issues = new LinkedHashMap<>();
    private final Map<String, ObjectNode> users = new LinkedHashMap<>();
    private final Map<String, Integer> projectCounters = new LinkedHashMap<>();
    private final Set<String> onDefaultScreen = new HashSet<>();
    private int nextId = 10_000;
    private int nextFieldId = 10_100;
    private Instant clock = Instant.parse("2026-01-05T09:00:00Z");

    JiraState(JiraFlavor flavor) {
        this.flavor = flavor;
        for (String system : List.of("summary", "issuetype", "status", "parent", "duedate", "issuelinks")) {
            fields.add(field(system, system, false, null));
        }
        fields.add(field(STORY_POINTS, "Story Points", true, "com.atlassian.jira.plugin.system.customfieldtypes:float"));
        onDefaultScreen.add(STORY_POINTS);
        if (flavor == JiraFlavor.DATA_CENTER) {
            fields.add(field(EPIC_LINK, "Epic Link", true, "com.pyxis.greenhopper.jira:gh-epic-link"));
            onDefaultScreen.add(EPIC_LINK);
        }
        issueType("Epic", false);
        issueType("Story", false);
        issueType("Task", false);
        issueType("Bug", false);
        issueType("Sub-task", true);
        linkType("Blocks", "blocks", "is blocked by");
        linkType("Relates", "relates to", "relates to");
    }

    public JiraFlavor flavor() {
        return flavor;
    }

    public List<StoredIssue> issues() {
        return List.copyOf(issues.values());
    }

    public StoredIssue issue(String key) {
        return issues.get(key);
    }

    /** Adds a user the user endpoints know. */
    public void addUser(String id, String displayName, boolean active) {
        ObjectNode user = NODES.objectNode();
        user.put(flavor == JiraFlavor.CLOUD ? "accountId" : "name", id);
        if (flavor == JiraFlavor.DATA_CENTER) {
            user.put("key", id);
        }
        user.put("displayName", displayName);
        user.put("active", active);
        users.put(id, user);
    }

    public List<String> fieldNames() {
        return fields.stream().map(f -> f.get("name").asText()).toList();
    }

    public String fieldId(String name) {
        return fields.stream().filter(f -> f.get("name").asText().equalsIgnoreCase(name))
                .map(f -> f.get("id").asText()).findFirst().orElse(null);
    }

    public List<String> issueTypeNames() {
        return issueTypes.stream().map(t -> t.get("name").asText()).toList();
    }

    public List<String> linkTypeNames() {
        return linkTypes.stream().map(t -> t.get("name").asText()).toList();
    }

    JsonNode serverInfo() {
        ObjectNode info = NODES.objectNode();
        info.put("baseUrl", "https://jira.example.com");
        info.put("version", flavor == JiraFlavor.CLOUD ? "1001.0.0-SNAPSHOT" : "10.3.1");
        info.putArray("versionNumbers").add(10).add(3).add(1);
        info.put("deploymentType", flavor == JiraFlavor.CLOUD ? "Cloud" : "Server");
        info.put("buildNumber", 10030001);
        info.put("serverTitle", "Jira");
        return info;
    }

    JsonNode myself() {
        ObjectNode me = NODES.objectNode();
        me.put(flavor == JiraFlavor.CLOUD ? "accountId" : "name", "importer");
        me.put("displayName", "Import Robot");
        me.put("active", true);
        return me;
    }

    JsonNode fieldsJson() {
        ArrayNode array = NODES.arrayNode();
        fields.forEach(array::add);
        return array;
    }

    JsonNode createField(JsonNode body) {
        String name = required(body, "name");
        ObjectNode created = field("customfield_" + nextFieldId++, name, true, required(body, "type"));
        fields.add(created);
        return created;
    }

    void addToDefaultScreen(String fieldId) {
        if (fields.stream().noneMatch(f -> f.get("id").asText().equals(fieldId))) {
            throw new IllegalArgumentException("The field '" + fieldId + "' does not exist.");
        }
        onDefaultScreen.add(fieldId);
    }

    JsonNode issueTypesJson() {
        ArrayNode array = NODES.arrayNode();
        issueTypes.forEach(array::add);
        return array;
    }

    JsonNode createIssueType(JsonNode body) {
        boolean subtask = "subtask".equals(body.path("type").asText()) || body.path("hierarchyLevel").asInt(0) == -1;
        return issueType(required(body, "name"), subtask);
    }

    JsonNode linkTypesJson() {
        ObjectNode wrapper = NODES.objectNode();
        ArrayNode array = wrapper.putArray("issueLinkTypes");
        linkTypes.forEach(array::add);
        return wrapper;
    }

    JsonNode createLinkType(JsonNode body) {
        return linkType(required(body, "name"), required(body, "outward"), required(body, "inward"));
    }

    /** Creates every valid element; an element naming an unknown issue type or issue fails alone, as in Jira. */
    JsonNode bulkCreate(JsonNode body, String url) {
        ObjectNode answer = NODES.objectNode();
        ArrayNode created = answer.putArray("issues");
        ArrayNode errors = answer.putArray("errors");
        JsonNode updates = body.path("issueUpdates");
        for (int i = 0; i < updates.size(); i++) {
            String problem = problem(updates.get(i));
            if (problem != null) {
                ObjectNode error = errors.addObject();
                error.put("status", 400);
                error.put("failedElementNumber", i);
                ObjectNode elementErrors = error.putObject("elementErrors");
                elementErrors.putArray("errorMessages").add(problem);
                elementErrors.putObject("errors");
                continue;
            }
            StoredIssue issue = create(updates.get(i));
            ObjectNode json = created.addObject();
            json.put("id", issue.id());
            json.put("key", issue.key());
            json.put("self", url + flavor.apiBase() + "/issue/" + issue.id());
        }
        return answer;
    }

    private String problem(JsonNode update) {
        for (Iterator<String> names = update.path("fields").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("customfield_") && !onDefaultScreen.contains(name)) {
                return "Field '" + name + "' cannot be set. It is not on the appropriate screen, or unknown.";
            }
        }
        String typeId = update.path("fields").path("issuetype").path("id").asText();
        if (issueTypes.stream().noneMatch(t -> t.get("id").asText().equals(typeId))) {
            return "The issue type selected is invalid.";
        }
        for (JsonNode link : update.path("update").path("issuelinks")) {
            JsonNode add = link.path("add");
            String other = add.has("outwardIssue") ? add.path("outwardIssue").path("key").asText()
                    : add.path("inwardIssue").path("key").asText();
            if (!issues.containsKey(other)) {
                return "Issue does not exist or you do not have permission to see it: " + other;
            }
        }
        return null;
    }

    private StoredIssue create(JsonNode update) {
        ObjectNode fieldValues = ((ObjectNode) update.path("fields")).deepCopy();
        String project = fieldValues.path("project").path("key").asText();
        int number = projectCounters.merge(project, 1, Integer::sum);
        ObjectNode properties = NODES.objectNode();
        update.path("properties").forEach(p -> properties.set(p.get("key").asText(), p.get("value")));
        StoredIssue issue = new StoredIssue(Integer.toString(nextId++), project + "-" + number, fieldValues,
                properties);
        issues.put(issue.key(), issue);
        for (JsonNode link : update.path("update").path("issuelinks")) {
            JsonNode add = link.get("add");
            String type = add.path("type").path("name").asText();
            if (add.has("outwardIssue")) {
                addLink(type, issue.key(), add.path("outwardIssue").path("key").asText());
            } else {
                addLink(type, add.path("inwardIssue").path("key").asText(), issue.key());
            }
        }
        return issue;
    }

    void link(JsonNode body) {
        addLink(body.path("type").path("name").asText(), body.path("outwardIssue").path("key").asText(),
                body.path("inwardIssue").path("key").asText());
    }

    /** {@code from} "contributes to" {@code to}: the outward end is the issue the link starts at. */
    private void addLink(String type, String from, String to) {
        existing(from).links().add(new StoredIssue.LinkEnd(type, true, to));
        existing(to).links().add(new StoredIssue.LinkEnd(type, false, from));
    }

    /** Applies a field edit and records it in the issue's history, as Jira's changelog does. */
    void edit(String idOrKey, JsonNode body) {
        StoredIssue issue = existing(idOrKey);
        ObjectNode history = NODES.objectNode();
        history.put("id", Integer.toString(nextId++));
        clock = clock.plusSeconds(3600);
        history.put("created", clock.toString().replace("Z", ".000+0000"));
        ArrayNode items = history.putArray("items");
        body.path("fields").fields().forEachRemaining(entry -> {
            JsonNode old = issue.fields().get(entry.getKey());
            ObjectNode item = items.addObject();
            boolean due = entry.getKey().equals("duedate");
            item.put("field", due ? "duedate" : fieldName(entry.getKey()));
            item.put("fieldId", entry.getKey());
            item.put("fieldtype", due ? "jira" : "custom");
            item.put("from", due ? text(old) : null);
            item.put("fromString", text(old));
            item.put("to", due ? text(entry.getValue()) : null);
            item.put("toString", text(entry.getValue()));
            issue.fields().set(entry.getKey(), entry.getValue());
        });
        issue.histories().add(history);
    }

    void setProperty(String idOrKey, String property, JsonNode value) {
        existing(idOrKey).properties().set(property, value);
    }

    JsonNode comment(String idOrKey, JsonNode body) {
        existing(idOrKey);
        ObjectNode comment = NODES.objectNode();
        comment.put("id", Integer.toString(nextId++));
        comment.set("body", body.get("body"));
        return comment;
    }

    /** Cloud's bulk changelog: histories of the asked issues, at most {@code pageSize} histories per page. */
    JsonNode changelogs(JsonNode body, int pageSize) {
        List<String> wanted = new ArrayList<>();
        body.path("issueIdsOrKeys").forEach(v -> wanted.add(v.asText()));
        List<Map.Entry<StoredIssue, ObjectNode>> all = new ArrayList<>();
        for (StoredIssue issue : issues.values()) {
            if (wanted.contains(issue.id()) || wanted.contains(issue.key())) {
                issue.histories().forEach(h -> all.add(Map.entry(issue, h)));
            }
        }
        int start = body.hasNonNull("nextPageToken") ? Integer.parseInt(body.get("nextPageToken").asText()) : 0;
        int end = Math.min(all.size(), start + Math.min(pageSize, body.path("maxResults").asInt(pageSize)));
        Map<String, ArrayNode> byIssue = new LinkedHashMap<>();
        ObjectNode page = NODES.objectNode();
        ArrayNode logs = page.putArray("issueChangeLogs");
        for (Map.Entry<StoredIssue, ObjectNode> entry : all.subList(start, end)) {
            byIssue.computeIfAbsent(entry.getKey().id(), id -> {
                ObjectNode log = logs.addObject();
                log.put("issueId", id);
                return log.putArray("changeHistories");
            }).add(entry.getValue());
        }
        if (end < all.size()) {
            page.put("nextPageToken", Integer.toString(end));
        }
        return page;
    }

    JsonNode changelogJson(StoredIssue issue) {
        ObjectNode changelog = NODES.objectNode();
        changelog.put("startAt", 0);
        changelog.put("maxResults", issue.histories().size());
        changelog.put("total", issue.histories().size());
        ArrayNode histories = changelog.putArray("histories");
        issue.histories().forEach(histories::add);
        return changelog;
    }

    JsonNode usersPage(List<String> accountIds) {
        ObjectNode page = NODES.objectNode();
        ArrayNode values = page.putArray("values");
        accountIds.stream().map(users::get).filter(u -> u != null).forEach(values::add);
        page.put("startAt", 0);
        page.put("maxResults", Math.max(1, accountIds.size()));
        page.put("total", values.size());
        page.put("isLast", true);
        return page;
    }

    /** Data Center's user directory, in one page. */
    JsonNode userDirectory() {
        ObjectNode page = NODES.objectNode();
        ArrayNode values = page.putArray("values");
        users.values().forEach(values::add);
        page.put("isLast", true);
        return page;
    }

    JsonNode user(String name) {
        ObjectNode user = users.get(name);
        if (user == null) {
            throw new IllegalArgumentException("The user named '" + name + "' does not exist");
        }
        return user;
    }

    /** An issue in the search result shape: the asked fields (all when none asked) and properties. */
    ObjectNode issueJson(StoredIssue issue, List<String> wantedFields, List<String> wantedProperties, String url) {
        ObjectNode json = NODES.objectNode();
        json.put("id", issue.id());
        json.put("key", issue.key());
        json.put("self", url + flavor.apiBase() + "/issue/" + issue.id());
        ObjectNode out = json.putObject("fields");
        boolean all = wantedFields.isEmpty() || wantedFields.contains("*all");
        for (ObjectNode field : fields) {
            String id = field.get("id").asText();
            if (all || wantedFields.contains(id)) {
                JsonNode value = value(issue, id);
                if (value != null) {
                    out.set(id, value);
                }
            }
        }
        if (!wantedProperties.isEmpty()) {
            ObjectNode properties = json.putObject("properties");
            wantedProperties.stream().filter(issue.properties()::has)
                    .forEach(p -> properties.set(p, issue.properties().get(p)));
        }
        return json;
    }

    private JsonNode value(StoredIssue issue, String fieldId) {
        return switch (fieldId) {
            case "issuetype" -> issueTypes.stream()
                    .filter(t -> t.get("id").asText().equals(issue.fields().path("issuetype").path("id").asText()))
                    .findFirst().orElse(null);
            case "status" -> {
                ObjectNode status = NODES.objectNode();
                status.put("name", issue.status());
                status.putObject("statusCategory").put("key", issue.statusCategory());
                yield status;
            }
            case "parent" -> issue.fields().has("parent")
                    ? NODES.objectNode().put("key", issue.fields().path("parent").path("key").asText()) : null;
            case "issuelinks" -> links(issue);
            default -> issue.fields().get(fieldId);
        };
    }

    private ArrayNode links(StoredIssue issue) {
        ArrayNode array = NODES.arrayNode();
        for (StoredIssue.LinkEnd end : issue.links()) {
            ObjectNode link = array.addObject();
            link.put("id", Integer.toString(nextId++));
            link.set("type", linkTypes.stream().filter(t -> t.get("name").asText().equals(end.type()))
                    .findFirst().orElseThrow());
            link.putObject(end.outward() ? "outwardIssue" : "inwardIssue").put("key", end.otherKey());
        }
        return array;
    }

    private StoredIssue existing(String idOrKey) {
        StoredIssue issue = issues.get(idOrKey);
        if (issue == null) {
            issue = issues.values().stream().filter(i -> i.id().equals(idOrKey)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Issue does not exist: " + idOrKey));
        }
        return issue;
    }

    private String fieldName(String id) {
        return fields.stream().filter(f -> f.get("id").asText().equals(id)).map(f -> f.get("name").asText())
                .findFirst().orElse(id);
    }

    private ObjectNode issueType(String name, boolean subtask) {
        ObjectNode type = NODES.objectNode();
        type.put("id", Integer.toString(10_000 + issueTypes.size()));
        type.put("name", name);
        type.put("subtask", subtask);
        type.put("hierarchyLevel", subtask ? -1 : 0);
        issueTypes.add(type);
        return type;
    }

    private ObjectNode linkType(String name, String outward, String inward) {
        ObjectNode type = NODES.objectNode();
        type.put("id", Integer.toString(10_000 + linkTypes.size()));
        type.put("name", name);
        type.put("outward", outward);
        type.put("inward", inward);
        linkTypes.add(type);
        return type;
    }

    private static ObjectNode field(String id, String name, boolean custom, String customType) {
        ObjectNode field = NODES.objectNode();
        field.put("id", id);
        field.put("key", id);
        field.put("name", name);
        field.put("custom", custom);
        ObjectNode schema = field.putObject("schema");
        schema.put("type", customType == null ? "string" : "any");
        if (customType != null) {
            schema.put("custom", customType);
        }
        return field;
    }

    private static String required(JsonNode body, String name) {
        if (!body.hasNonNull(name)) {
            throw new IllegalArgumentException("Field '" + name + "' is required.");
        }
        return body.get(name).asText();
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
