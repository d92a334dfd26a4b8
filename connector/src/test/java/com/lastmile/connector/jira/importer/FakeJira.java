package com.lastmile.connector.jira.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.connector.jira.api.BulkCreateResult;
import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.api.CommentBody;
import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.connector.jira.api.IssueTypeInfo;
import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.connector.jira.api.JiraUser;
import com.lastmile.connector.jira.api.LinkTypeInfo;
import com.lastmile.connector.jira.api.NewIssue;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.core.tracker.TrackerField;
import com.lastmile.core.tracker.ValueKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory Jira behind the {@link JiraApi} port: assigns keys, stores issues, properties, links and changelogs,
 * checks creates the way Jira does (known issue type, sub-task parents, epics, custom fields only when on the
 * default screen, link type), records every call, and can be told to refuse drafts, leave outcomes unknown, throw,
 * or refuse edits, links and searches. As Data Center, its search refuses entity properties as {@code RestJiraApi} does.
 */
final class FakeJira implements JiraApi {

    static final Set<String> MUTATING = Set.of("createField", "addFieldToDefaultScreen", "createIssueType",
            "createLinkType", "createIssues", "editIssue", "link", "setProperty", "comment");
    private static final Pattern PROJECT_JQL = Pattern.compile("project = \"([A-Z][A-Z0-9_]*)\"");

    /** An issue as stored. Fields are mutable so that edits apply. */
    static final class Stored {
        final String id;
        final String key;
        final String project;
        final IssueTypeInfo type;
        final String summary;
        LocalDate due;
        final String parentKey;
        final String epicKey;
        final Map<String, JsonNode> fields;
        final Map<String, JsonNode> properties;

        Stored(String id, String key, String project, IssueTypeInfo type, NewIssue draft) {
            this.id = id;
            this.key = key;
            this.project = project;
            this.type = type;
            this.summary = draft.summary();
            this.due = draft.due();
            this.parentKey = draft.parentKey();
            this.epicKey = draft.epicKey();
            this.fields = new HashMap<>(draft.fields());
            this.properties = new HashMap<>(draft.properties());
        }
    }

    record Link(String type, String outwardKey, String inwardKey) {
    }

    /** What the nth createIssues call does besides creating: refuse some drafts, leave some unknown, or throw. */
    record CreateTrouble(Set<Integer> refused, Set<Integer> unknownCreated, Set<Integer> unknownNotCreated,
                         boolean throwAfter) {
    }

    private static final String EPIC_LINK_ID = "customfield_10014";

    private final JiraFlavor flavor;
    private final List<FieldInfo> fields = new ArrayList<>();
    /** Custom fields a create may set: the site's own (on its screens already) and those added to the screen. */
    private final Set<String> onScreen = new HashSet<>();
    private final List<IssueTypeInfo> issueTypes = new ArrayList<>();
    private final List<LinkTypeInfo> linkTypes = new ArrayList<>();
    private final Map<String, Stored> issues = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, List<ChangeEntry>> changelogs = new HashMap<>();
    private final Map<String, Integer> nextNumber = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final List<List<NewIssue>> createCalls = new ArrayList<>();
    private final Map<Integer, CreateTrouble> createTrouble = new HashMap<>();
    private final Set<String> refusedEdits = new HashSet<>();
    private boolean refuseLinks;
    private final Set<String> refusedFields = new HashSet<>();
    private boolean refuseScreenChanges;
    private final Set<Integer> failingSearches = new HashSet<>();
    private int searches;
    private int nextId = 10_000;
    private Instant clock = Instant.parse("2026-01-05T09:00:00Z");

    FakeJira(JiraFlavor flavor) {
        this.flavor = flavor;
        for (String system : List.of("summary", "issuetype", "status", "parent", "duedate", "issuelinks")) {
            fields.add(new FieldInfo(system, system, false, null));
        }
        issueTypes.add(new IssueTypeInfo("1", "Epic", false));
        issueTypes.add(new IssueTypeInfo("2", "Story", false));
        issueTypes.add(new IssueTypeInfo("3", "Task", false));
        issueTypes.add(new IssueTypeInfo("4", "Bug", false));
        issueTypes.add(new IssueTypeInfo("5", flavor == JiraFlavor.CLOUD ? "Subtask" : "Sub-task", true));
        linkTypes.add(new LinkTypeInfo("100", "Blocks", "blocks", "is blocked by"));
        if (flavor == JiraFlavor.DATA_CENTER) {
            fields.add(new FieldInfo(EPIC_LINK_ID, "Epic Link", true, FieldInfo.EPIC_LINK_TYPE));
        }
    }

    /** A Data Center site without Jira Software's Epic Link field. */
    FakeJira withoutEpicLink() {
        fields.removeIf(field -> field.id().equals(EPIC_LINK_ID));
        return this;
    }

    // ---- set-up and trouble ----

    FakeJira withStoryPoints(String name) {
        FieldInfo field = new FieldInfo("customfield_" + nextId++, name, true, "float");
        fields.add(field);
        onScreen.add(field.id());
        return this;
    }

    void addIssueType(String name, boolean subtask) {
        issueTypes.add(new IssueTypeInfo(String.valueOf(nextId++), name, subtask));
    }

    void addLinkType(String name) {
        linkTypes.add(new LinkTypeInfo(String.valueOf(nextId++), name, "contributes to", "is contributed to by"));
    }

    void addField(String name) {
        onScreen.add(addFieldOffScreen(name));
    }

    /** A custom field that exists but is on no screen, as in a project with screens of its own. */
    String addFieldOffScreen(String name) {
        FieldInfo field = new FieldInfo("customfield_" + nextId++, name, true, "textfield");
        fields.add(field);
        return field.id();
    }

    void refuseFieldCreation(String name) {
        refusedFields.add(name);
    }

    void refuseScreenChanges() {
        refuseScreenChanges = true;
    }

    void removeIssueType(String name) {
        issueTypes.removeIf(type -> type.name().equals(name));
    }

    /** The nth createIssues call (1-based) meets this trouble. */
    void troubleOnCreateCall(int call, CreateTrouble trouble) {
        createTrouble.put(call, trouble);
    }

    void refuseEditsOf(String jiraKey) {
        refusedEdits.add(jiraKey);
    }

    void allowEdits() {
        refusedEdits.clear();
    }

    void refuseLinks() {
        refuseLinks = true;
    }

    void allowLinks() {
        refuseLinks = false;
    }

    /** The nth search (1-based) fails without an answer. */
    void failSearch(int search) {
        failingSearches.add(search);
    }

    // ---- what tests inspect ----

    List<String> calls() {
        return List.copyOf(calls);
    }

    long mutatingCalls() {
        return calls.stream().filter(MUTATING::contains).count();
    }

    long callsOf(String method) {
        return calls.stream().filter(method::equals).count();
    }

    List<List<NewIssue>> createCalls() {
        return List.copyOf(createCalls);
    }

    Map<String, Stored> issues() {
        return issues;
    }

    /** The issue whose import marker holds the workspace key, or null. */
    Stored byWorkspaceKey(String workspaceKey) {
        return issues.values().stream()
                .filter(i -> workspaceKey.equals(ImportMarker.workspaceKey(i.properties.get(ImportMarker.PROPERTY))))
                .findFirst().orElse(null);
    }

    List<Link> links() {
        return List.copyOf(links);
    }

    /** Keys the issue "contributes to" (it is the outward end). */
    List<String> contributesTo(String jiraKey) {
        return links.stream().filter(l -> l.type().equals(TrackerField.LINK_TYPE_NAME))
                .filter(l -> l.outwardKey().equals(jiraKey)).map(Link::inwardKey).toList();
    }

    String fieldId(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(FieldInfo::id).findFirst().orElseThrow();
    }

    List<IssueTypeInfo> issueTypeList() {
        return List.copyOf(issueTypes);
    }

    List<FieldInfo> fieldList() {
        return List.copyOf(fields);
    }

    List<LinkTypeInfo> linkTypeList() {
        return List.copyOf(linkTypes);
    }

    // ---- JiraApi ----

    @Override
    public JiraFlavor flavor() {
        calls.add("flavor");
        return flavor;
    }

    @Override
    public JiraUser myself() {
        calls.add("myself");
        return new JiraUser("importer", "Importer", true);
    }

    @Override
    public List<FieldInfo> fields() {
        calls.add("fields");
        return List.copyOf(fields);
    }

    @Override
    public FieldInfo createField(String name, ValueKind kind, String description) {
        calls.add("createField");
        if (refusedFields.contains(name)) {
            throw new JiraException("POST /rest/api/2/field failed with HTTP 403", 403,
                    List.of("You are not a Jira administrator."), false, null);
        }
        FieldInfo field = new FieldInfo("customfield_" + nextId++, name, true, kind.name());
        fields.add(field);
        return field;
    }

    @Override
    public void addFieldToDefaultScreen(String fieldId) {
        calls.add("addFieldToDefaultScreen");
        if (refuseScreenChanges) {
            throw new JiraException("POST /rest/api/3/screens/addToDefault/" + fieldId + " failed with HTTP 403", 403,
                    List.of("You are not a Jira administrator."), false, null);
        }
        if (fields.stream().noneMatch(f -> f.custom() && f.id().equals(fieldId))) {
            throw new JiraException("POST /rest/api/2/screens/addToDefault/" + fieldId + " failed with HTTP 400",
                    400, List.of("The field '" + fieldId + "' does not exist."), false, null);
        }
        onScreen.add(fieldId);
    }

    @Override
    public List<IssueTypeInfo> issueTypes() {
        calls.add("issueTypes");
        return List.copyOf(issueTypes);
    }

    @Override
    public IssueTypeInfo createIssueType(String name, boolean subtask, String description) {
        calls.add("createIssueType");
        IssueTypeInfo type = new IssueTypeInfo(String.valueOf(nextId++), name, subtask);
        issueTypes.add(type);
        return type;
    }

    @Override
    public List<LinkTypeInfo> linkTypes() {
        calls.add("linkTypes");
        return List.copyOf(linkTypes);
    }

    @Override
    public LinkTypeInfo createLinkType(String name, String outward, String inward) {
        calls.add("createLinkType");
        LinkTypeInfo type = new LinkTypeInfo(String.valueOf(nextId++), name, outward, inward);
        linkTypes.add(type);
        return type;
    }

    @Override
    public BulkCreateResult createIssues(List<NewIssue> drafts) {
        calls.add("createIssues");
        createCalls.add(List.copyOf(drafts));
        CreateTrouble trouble = createTrouble.getOrDefault(createCalls.size(),
                new CreateTrouble(Set.of(), Set.of(), Set.of(), false));
        List<BulkCreateResult.Created> created = new ArrayList<>();
        List<BulkCreateResult.Failed> failed = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (trouble.refused().contains(i)) {
                failed.add(new BulkCreateResult.Failed(i, 400, List.of("customfield_1: refused on purpose")));
                continue;
            }
            if (trouble.unknownNotCreated().contains(i)) {
                unknown.add(i);
                continue;
            }
            String problem = problemWith(drafts.get(i));
            if (problem != null) {
                failed.add(new BulkCreateResult.Failed(i, 400, List.of(problem)));
                continue;
            }
            Stored stored = store(drafts.get(i));
            if (trouble.unknownCreated().contains(i)) {
                unknown.add(i);
            } else {
                created.add(new BulkCreateResult.Created(i, stored.id, stored.key));
            }
        }
        if (trouble.throwAfter()) {
            throw new JiraException("POST /rest/api/2/issue/bulk failed: Connection reset", 0, List.of(), true, null);
        }
        return new BulkCreateResult(created, failed, unknown);
    }

    @Override
    public void editIssue(String key, Map<String, JsonNode> changes) {
        calls.add("editIssue");
        if (refusedEdits.contains(key)) {
            throw new JiraException("PUT /rest/api/2/issue/" + key + " failed with HTTP 400", 400,
                    List.of("duedate: refused on purpose"), false, null);
        }
        Stored issue = require(key);
        List<ChangeEntry.Item> items = new ArrayList<>();
        changes.forEach((fieldId, value) -> {
            if (fieldId.equals("duedate")) {
                String from = issue.due == null ? null : issue.due.toString();
                issue.due = value.isNull() ? null : LocalDate.parse(value.asText());
                String to = issue.due == null ? null : issue.due.toString();
                items.add(new ChangeEntry.Item("duedate", "duedate", from, from, to, to));
            } else {
                JsonNode old = issue.fields.put(fieldId, value);
                String name = fields.stream().filter(f -> f.id().equals(fieldId)).map(FieldInfo::name).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no field " + fieldId));
                items.add(new ChangeEntry.Item(name, fieldId, text(old), text(old), text(value), text(value)));
            }
        });
        clock = clock.plusSeconds(60);
        changelogs.computeIfAbsent(issue.id, k -> new ArrayList<>()).add(new ChangeEntry(clock, items));
    }

    @Override
    public void link(String linkTypeName, String outwardKey, String inwardKey) {
        calls.add("link");
        if (refuseLinks) {
            throw new JiraException("POST /rest/api/2/issueLink failed with HTTP 403", 403,
                    List.of("You do not have the permission to link issues."), false, null);
        }
        if (linkTypes.stream().noneMatch(type -> type.name().equals(linkTypeName))) {
            throw new JiraException("POST /rest/api/2/issueLink failed with HTTP 404", 404,
                    List.of("No issue link type with name '" + linkTypeName + "' found."), false, null);
        }
        require(outwardKey);
        require(inwardKey);
        links.add(new Link(linkTypeName, outwardKey, inwardKey));
    }

    @Override
    public void setProperty(String issueKey, String propertyKey, JsonNode value) {
        calls.add("setProperty");
        require(issueKey).properties.put(propertyKey, value);
    }

    @Override
    public void comment(String issueKey, CommentBody body) {
        calls.add("comment");
    }

    @Override
    public int search(String jql, Collection<String> fieldIds, Collection<String> propertyKeys,
                      Consumer<IssueRecord> sink) {
        calls.add("search");
        searches++;
        if (failingSearches.contains(searches)) {
            throw new JiraException("POST /rest/api/2/search failed: Read timed out", 0, List.of(), false, null);
        }
        if (flavor == JiraFlavor.DATA_CENTER && !propertyKeys.isEmpty()) {
            throw new UnsupportedOperationException("Jira Data Center's search cannot return entity properties "
                    + propertyKeys + " (JRASERVER-62898)");
        }
        Matcher project = PROJECT_JQL.matcher(jql);
        if (!project.matches()) {
            throw new IllegalArgumentException("the fake understands only project = \"KEY\", got " + jql);
        }
        int delivered = 0;
        for (Stored issue : issues.values()) {
            if (!issue.project.equals(project.group(1))) {
                continue;
            }
            Map<String, JsonNode> requestedFields = new HashMap<>();
            fieldIds.stream().filter(issue.fields::containsKey)
                    .forEach(id -> requestedFields.put(id, issue.fields.get(id)));
            Map<String, JsonNode> requestedProperties = new HashMap<>();
            propertyKeys.stream().filter(issue.properties::containsKey)
                    .forEach(k -> requestedProperties.put(k, issue.properties.get(k)));
            sink.accept(new IssueRecord(issue.id, issue.key, issue.type.name(), issue.summary, "To Do", "new",
                    issue.parentKey != null ? issue.parentKey : flavor == JiraFlavor.CLOUD ? issue.epicKey : null,
                    issue.due, linksOf(issue.key), requestedFields, requestedProperties));
            delivered++;
        }
        return delivered;
    }

    @Override
    public Map<String, List<ChangeEntry>> changelogs(Collection<String> issueIds) {
        calls.add("changelogs");
        Map<String, List<ChangeEntry>> found = new HashMap<>();
        issueIds.forEach(id -> found.put(id, changelogs.getOrDefault(id, List.of())));
        return found;
    }

    @Override
    public List<JiraUser> users(Collection<String> ids) {
        calls.add("users");
        return ids.stream().map(id -> new JiraUser(id, id, true)).toList();
    }

    // ---- Jira's own checks ----

    private String problemWith(NewIssue draft) {
        IssueTypeInfo type = issueTypes.stream().filter(t -> t.id().equals(draft.issueTypeId())).findFirst()
                .orElse(null);
        if (type == null) {
            return "issuetype: The issue type selected is invalid.";
        }
        if (draft.summary() == null || draft.summary().isBlank()) {
            return "summary: You must specify a summary of the issue.";
        }
        if (type.subtask() != (draft.parentKey() != null)) {
            return "parent: a sub-task needs a parent and only a sub-task may have one";
        }
        if (draft.parentKey() != null && !issues.containsKey(draft.parentKey())) {
            return "parent: issue " + draft.parentKey() + " does not exist";
        }
        if (draft.epicKey() != null && (!issues.containsKey(draft.epicKey())
                || !issues.get(draft.epicKey()).type.name().equals("Epic"))) {
            return "Epic Link: " + draft.epicKey() + " is not an epic";
        }
        for (String target : draft.contributesTo()) {
            if (!issues.containsKey(target)) {
                return "issuelinks: issue " + target + " does not exist";
            }
        }
        if (!draft.contributesTo().isEmpty()
                && linkTypes.stream().noneMatch(l -> l.name().equals(TrackerField.LINK_TYPE_NAME))) {
            return "issuelinks: no link type " + TrackerField.LINK_TYPE_NAME;
        }
        for (String fieldId : draft.fields().keySet()) {
            if (!onScreen.contains(fieldId)) {
                return "Field '" + fieldId + "' cannot be set. It is not on the appropriate screen, or unknown.";
            }
        }
        return null;
    }

    private Stored store(NewIssue draft) {
        int number = nextNumber.merge(draft.projectKey(), 1, Integer::sum);
        String key = draft.projectKey() + "-" + number;
        IssueTypeInfo type = issueTypes.stream().filter(t -> t.id().equals(draft.issueTypeId())).findFirst()
                .orElseThrow();
        Stored stored = new Stored(String.valueOf(nextId++), key, draft.projectKey(), type, draft);
        issues.put(key, stored);
        draft.contributesTo().forEach(target -> links.add(new Link(TrackerField.LINK_TYPE_NAME, key, target)));
        return stored;
    }

    private List<IssueRecord.Link> linksOf(String key) {
        List<IssueRecord.Link> seen = new ArrayList<>();
        for (Link link : links) {
            if (link.outwardKey().equals(key)) {
                seen.add(new IssueRecord.Link(link.type(), true, link.inwardKey()));
            } else if (link.inwardKey().equals(key)) {
                seen.add(new IssueRecord.Link(link.type(), false, link.outwardKey()));
            }
        }
        return seen;
    }

    private Stored require(String key) {
        Stored issue = issues.get(key);
        if (issue == null) {
            throw new JiraException("no issue " + key, 404, List.of("Issue does not exist"), false, null);
        }
        return issue;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }
}
