package com.lastmile.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.Query;
import com.lastmile.jira.config.PluginField;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Jira for adapter tests: issues with types, links, parents, epic links, field values and per-user
 * browse rights, behind mocked Jira services. Its search understands exactly the JQL clauses the plugin writes
 * ("parent in", "cf[N] in", "issue in", "issuetype in/=", "cf[N] is not EMPTY") and counts the searches.
 */
public final class FakeJira {

    public static final long LINK_TYPE = 10000L;
    public static final long EPIC_LINK = 10500L;

    private final Map<String, IssueType> types = new LinkedHashMap<>();
    private final Map<Long, MutableIssue> byId = new LinkedHashMap<>();
    private final Map<String, MutableIssue> byKey = new HashMap<>();
    private final Map<Long, Map<CustomField, Object>> values = new HashMap<>();
    private final Map<Long, Long> epicOf = new HashMap<>();
    private final List<IssueLink> links = new ArrayList<>();
    private final Set<String> hiddenFrom = new HashSet<>();
    private final Set<String> readOnly = new HashSet<>();
    private final Map<PluginField, CustomField> fields = new HashMap<>();
    private final CustomField epicLink;
    private final List<String> searches = new ArrayList<>();
    private long nextId = 100;

    public final SearchService searchService = mock(SearchService.class);
    public final IssueManager issueManager = mock(IssueManager.class);
    public final IssueLinkManager issueLinkManager = mock(IssueLinkManager.class);
    public final PermissionManager permissionManager = mock(PermissionManager.class);
    public final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);

    public FakeJira() throws Exception {
        for (String name : List.of("Strategic Goal", "Campaign", "Tactic", "Epic", "Story", "Checkpoint", "Retrospective")) {
            IssueType type = mock(IssueType.class);
            lenient().when(type.getId()).thenReturn(String.valueOf(1000 + types.size()));
            lenient().when(type.getName()).thenReturn(name);
            lenient().when(type.isSubTask()).thenReturn(name.equals("Checkpoint"));
            types.put(name, type);
        }
        for (PluginField field : PluginField.values()) {
            fields.put(field, customField("customfield_" + (20000 + field.ordinal()), field.defaultName(),
                    field.kind().typeKey()));
        }
        epicLink = customField("customfield_" + EPIC_LINK, "Epic Link", "com.pyxis.greenhopper.jira:gh-epic-link");
        lenient().when(customFieldManager.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
        lenient().when(customFieldManager.getCustomFieldObjects()).thenReturn(new ArrayList<>(fields.values()));
        lenient().when(issueManager.getIssueObject(anyString())).thenAnswer(call -> byKey.get(call.<String>getArgument(0)));
        lenient().when(issueManager.getIssueObject(anyLong())).thenAnswer(call -> byId.get(call.<Long>getArgument(0)));
        lenient().when(issueLinkManager.getIssueLinks(LINK_TYPE)).thenAnswer(call -> List.copyOf(links));
        lenient().when(permissionManager.hasPermission(any(ProjectPermissionKey.class), any(Issue.class), any()))
                .thenAnswer(call -> allowed(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
        lenient().when(searchService.parseQuery(any(), anyString())).thenAnswer(call -> parse(call.getArgument(1)));
        lenient().when(searchService.search(any(), any(), any())).thenAnswer(call -> results(call.getArgument(1), call.getArgument(0), false));
        lenient().when(searchService.searchOverrideSecurity(any(), any(), any()))
                .thenAnswer(call -> results(call.getArgument(1), call.getArgument(0), true));
    }

    // ------------------------------------------------------------ building the world

    public MutableIssue issue(String key, String type, String summary) {
        MutableIssue issue = mock(MutableIssue.class);
        long id = nextId++;
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getSummary()).thenReturn(summary);
        lenient().when(issue.getProjectId()).thenReturn(1L);
        lenient().when(issue.getParentId()).thenReturn(null); // Mockito would answer 0L for a Long
        lenient().when(issue.getIssueType()).thenReturn(types.get(type));
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        lenient().when(category.getKey()).thenReturn("new");
        lenient().when(status.getName()).thenReturn("Open");
        lenient().when(status.getStatusCategory()).thenReturn(category);
        lenient().when(issue.getStatus()).thenReturn(status);
        lenient().when(issue.getCustomFieldValue(any())).thenAnswer(call ->
                values.getOrDefault(id, Map.of()).get(call.<CustomField>getArgument(0)));
        byId.put(id, issue);
        byKey.put(key, issue);
        return issue;
    }

    /** {@code child} contributes to {@code parent}. */
    public FakeJira contributes(Issue child, Issue parent) {
        Long source = child.getId();
        Long destination = parent.getId();
        IssueLink link = mock(IssueLink.class);
        lenient().when(link.getSourceId()).thenReturn(source);
        lenient().when(link.getDestinationId()).thenReturn(destination);
        links.add(link);
        return this;
    }

    public FakeJira subTaskOf(MutableIssue child, Issue parent) {
        Long parentId = parent.getId();
        lenient().when(child.getParentId()).thenReturn(parentId);
        return this;
    }

    public FakeJira epicLink(MutableIssue story, Issue epic) {
        epicOf.put(story.getId(), epic.getId());
        set(story, epicLink, epic);
        return this;
    }

    public FakeJira set(Issue issue, PluginField field, Object value) {
        return set(issue, fields.get(field), value);
    }

    public FakeJira due(MutableIssue issue, LocalDate due) {
        Timestamp timestamp = Timestamp.valueOf(due.atStartOfDay());
        lenient().when(issue.getDueDate()).thenReturn(timestamp);
        return this;
    }

    public FakeJira done(MutableIssue issue) {
        StatusCategory category = issue.getStatus().getStatusCategory();
        lenient().when(category.getKey()).thenReturn("done");
        return this;
    }

    /** The user may not browse the issue. */
    public FakeJira hide(Issue issue, ApplicationUser user) {
        hiddenFrom.add(issue.getKey() + "/" + user.getKey());
        return this;
    }

    /** The user may browse but not edit the issue. */
    public FakeJira readOnly(Issue issue, ApplicationUser user) {
        readOnly.add(issue.getKey() + "/" + user.getKey());
        return this;
    }

    public CustomField field(PluginField field) {
        return fields.get(field);
    }

    public Map<PluginField, String> fieldIds() {
        Map<PluginField, String> ids = new HashMap<>();
        fields.forEach((field, customField) -> ids.put(field, customField.getId()));
        return ids;
    }

    public IssueType type(String name) {
        return types.get(name);
    }

    public List<IssueType> types() {
        return List.copyOf(types.values());
    }

    /** The JQL of every search run so far. */
    public List<String> searches() {
        return searches;
    }

    private FakeJira set(Issue issue, CustomField field, Object value) {
        values.computeIfAbsent(issue.getId(), k -> new HashMap<>()).put(field, value);
        return this;
    }

    private CustomField customField(String id, String name, String typeKey) {
        CustomField field = mock(CustomField.class);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        lenient().when(type.getKey()).thenReturn(typeKey);
        lenient().when(field.getId()).thenReturn(id);
        Long numericId = Long.valueOf(id.substring("customfield_".length()));
        lenient().when(field.getIdAsLong()).thenReturn(numericId);
        lenient().when(field.getFieldName()).thenReturn(name);
        lenient().when(field.getCustomFieldType()).thenReturn(type);
        lenient().when(customFieldManager.getCustomFieldObject(id)).thenReturn(field);
        return field;
    }

    // ------------------------------------------------------------ the services' behaviour

    private boolean allowed(ProjectPermissionKey permission, Issue issue, ApplicationUser user) {
        String who = issue.getKey() + "/" + (user == null ? null : user.getKey());
        if (hiddenFrom.contains(who)) {
            return false;
        }
        return permission != ProjectPermissions.EDIT_ISSUES || !readOnly.contains(who);
    }

    private SearchService.ParseResult parse(String jql) {
        SearchService.ParseResult result = mock(SearchService.ParseResult.class);
        boolean valid = !jql.contains("!!");
        Query query = mock(Query.class);
        lenient().when(query.toString()).thenReturn(jql);
        lenient().when(result.isValid()).thenReturn(valid);
        lenient().when(result.getQuery()).thenReturn(query);
        MessageSetImpl errors = new MessageSetImpl();
        if (!valid) {
            errors.addErrorMessage("Error in the JQL Query: '!' is a reserved character.");
        }
        lenient().when(result.getErrors()).thenReturn(errors);
        return result;
    }

    private SearchResults<Issue> results(Query query, ApplicationUser user, boolean overrideSecurity) {
        String jql = query.toString();
        searches.add(jql);
        List<Issue> found = new ArrayList<>();
        for (MutableIssue issue : byId.values()) {
            if (matches(jql, issue) && (overrideSecurity || allowed(ProjectPermissions.BROWSE_PROJECTS, issue, user))) {
                found.add(issue);
            }
        }
        return new SearchResults<>(found, found.size(), found.size(), 0);
    }

    private boolean matches(String jql, MutableIssue issue) {
        for (String clause : jql.split(" OR ")) {
            if (clauseMatches(clause.trim(), issue)) {
                return true;
            }
        }
        return false;
    }

    private boolean clauseMatches(String clause, MutableIssue issue) {
        Matcher in = Pattern.compile("^(parent|issue|issuetype|cf\\[(\\d+)]) in \\((.*)\\)$").matcher(clause);
        if (in.matches()) {
            Set<String> values = new HashSet<>();
            Arrays.stream(in.group(3).split(",")).map(v -> v.trim().replace("\"", "")).forEach(values::add);
            return switch (in.group(1)) {
                case "parent" -> issue.getParentId() != null && values.contains(byId.get(issue.getParentId()).getKey());
                case "issue" -> values.contains(String.valueOf(issue.getId())) || values.contains(issue.getKey());
                case "issuetype" -> values.contains(issue.getIssueType().getName()) || values.contains(issue.getIssueType().getId());
                default -> Long.parseLong(in.group(2)) == EPIC_LINK && epicOf.containsKey(issue.getId())
                        && values.contains(byId.get(epicOf.get(issue.getId())).getKey());
            };
        }
        Matcher equals = Pattern.compile("^issuetype = \"?([^\"]+)\"?$").matcher(clause);
        if (equals.matches()) {
            return issue.getIssueType().getName().equals(equals.group(1)) || issue.getIssueType().getId().equals(equals.group(1));
        }
        Matcher notEmpty = Pattern.compile("^cf\\[(\\d+)] is not EMPTY$").matcher(clause);
        if (notEmpty.matches()) {
            CustomField field = fields.values().stream()
                    .filter(f -> f.getIdAsLong() == Long.parseLong(notEmpty.group(1))).findFirst().orElseThrow();
            return values.getOrDefault(issue.getId(), Map.of()).get(field) != null;
        }
        throw new IllegalArgumentException("FakeJira does not understand the JQL clause: " + clause);
    }

}
