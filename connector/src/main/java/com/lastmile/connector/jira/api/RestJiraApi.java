package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.http.JiraRequest;
import com.lastmile.connector.jira.http.JiraTransport;
import com.lastmile.core.tracker.TrackerField;
import com.lastmile.core.tracker.ValueKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@link JiraApi} over Jira's REST API: Cloud v3 under {@code /rest/api/3}, Data Center v2 under
 * {@code /rest/api/2}. What differs beyond the path prefix lives in small per-flavor parts: how writes are spelled,
 * how a search pages, how changelogs and users are fetched in bulk. {@link JiraConnection#open} tells the flavor.
 */
public final class RestJiraApi implements JiraApi {

    private final JiraTransport transport;
    private final JiraFlavor flavor;
    private final Parts parts;
    private final BulkIssueCreator creator;

    public RestJiraApi(JiraTransport transport, JiraFlavor flavor) {
        this.transport = transport;
        this.flavor = flavor;
        this.parts = Parts.of(transport, flavor);
        this.creator = new BulkIssueCreator(transport, flavor,
                new IssueUpdateEncoder(parts.writes(), TrackerField.LINK_TYPE_NAME));
    }

    /** The flavor-specific collaborators. */
    private record Parts(WriteDialect writes, IssueSearch search, ChangelogSource changelogs, UserSource users) {

        static Parts of(JiraTransport transport, JiraFlavor flavor) {
            return switch (flavor) {
                case CLOUD -> new Parts(new CloudWrites(), new CloudIssueSearch(transport),
                        new CloudChangelogs(transport), new CloudUsers(transport));
                case DATA_CENTER -> new Parts(new DataCenterWrites(new EpicLinkField(transport, flavor)),
                        new DataCenterIssueSearch(transport, List.of()), new DataCenterChangelogs(transport),
                        new DataCenterUsers(transport));
            };
        }
    }

    @Override
    public JiraFlavor flavor() {
        return flavor;
    }

    @Override
    public JiraUser myself() {
        return JiraUsers.read(get("/myself"), flavor);
    }

    @Override
    public List<FieldInfo> fields() {
        return list(get("/field"), RestJiraApi::field);
    }

    @Override
    public FieldInfo createField(String name, ValueKind kind, String description) {
        CustomFieldType type = CustomFieldType.of(kind);
        ObjectNode body = Json.object().put("name", name).put("description", description)
                .put("type", type.type()).put("searcherKey", type.searcherKey());
        return field(create("/field", body));
    }

    /** A create without a body, as both specs define it; its answer (Cloud: any JSON, Data Center: none) is unused. */
    @Override
    public void addFieldToDefaultScreen(String fieldId) {
        create("/screens/addToDefault/" + PathSegments.encode(fieldId), null);
    }

    @Override
    public List<IssueTypeInfo> issueTypes() {
        return list(get("/issuetype"), RestJiraApi::issueType);
    }

    /**
     * One request on Cloud. The Data Center spec documents the 201 without a body; when none comes, the new type
     * is looked up by name with one more request.
     */
    @Override
    public IssueTypeInfo createIssueType(String name, boolean subtask, String description) {
        JsonNode created = create("/issuetype", parts.writes().issueTypeBody(name, subtask, description));
        return Json.present(created.path("id")) ? issueType(created) : named(issueTypes(), IssueTypeInfo::name, name);
    }

    @Override
    public List<LinkTypeInfo> linkTypes() {
        return list(get("/issueLinkType").path("issueLinkTypes"), RestJiraApi::linkType);
    }

    /** As {@link #createIssueType}: one more request on Data Center when the 201 has no body, as its spec says. */
    @Override
    public LinkTypeInfo createLinkType(String name, String outward, String inward) {
        ObjectNode body = Json.object().put("name", name).put("inward", inward).put("outward", outward);
        JsonNode created = create("/issueLinkType", body);
        return Json.present(created.path("id")) ? linkType(created) : named(linkTypes(), LinkTypeInfo::name, name);
    }

    @Override
    public BulkCreateResult createIssues(List<NewIssue> drafts) {
        return creator.create(drafts);
    }

    @Override
    public void editIssue(String key, Map<String, JsonNode> fields) {
        ObjectNode body = Json.object();
        body.putObject("fields").setAll(fields);
        transport.send(JiraRequest.put(issuePath(key), body));
    }

    /**
     * {@code POST /issueLink} names each end as seen from the other: Jira treats {@code inwardIssue} as the issue the
     * outward text is said of, so {@code outwardKey} goes into {@code inwardIssue}. That follows several
     * integrators' reports against live sites (the Cloud spec's prose, "the from (outward) issue", reads the other
     * way); it is not verified here.
     */
    @Override
    public void link(String linkTypeName, String outwardKey, String inwardKey) {
        ObjectNode body = Json.object();
        body.set("type", Json.keyed("name", linkTypeName));
        body.set("inwardIssue", Json.keyed("key", outwardKey));
        body.set("outwardIssue", Json.keyed("key", inwardKey));
        create("/issueLink", body);
    }

    @Override
    public void setProperty(String issueKey, String propertyKey, JsonNode value) {
        transport.send(JiraRequest.put(issuePath(issueKey) + "/properties/" + PathSegments.encode(propertyKey),
                value));
    }

    @Override
    public void comment(String issueKey, CommentBody body) {
        transport.send(JiraRequest.create(issuePath(issueKey) + "/comment", parts.writes().commentBody(body)));
    }

    @Override
    public int search(String jql, Collection<String> fieldIds, Collection<String> propertyKeys,
                      Consumer<IssueRecord> sink) {
        Set<String> fields = new LinkedHashSet<>(IssueRecordReader.RECORD_FIELDS);
        fields.addAll(fieldIds);
        IssueRecordReader reader = new IssueRecordReader(List.copyOf(fieldIds), List.copyOf(propertyKeys));
        IssueQuery query = new IssueQuery(jql, List.copyOf(fields), List.copyOf(propertyKeys));
        return parts.search().forEach(query, issue -> sink.accept(reader.read(issue)));
    }

    @Override
    public Map<String, List<ChangeEntry>> changelogs(Collection<String> issueIds) {
        return parts.changelogs().changelogs(issueIds);
    }

    @Override
    public List<JiraUser> users(Collection<String> ids) {
        return parts.users().users(ids);
    }

    private JsonNode get(String resource) {
        return transport.send(JiraRequest.get(flavor.apiBase() + resource)).body();
    }

    private JsonNode create(String resource, JsonNode body) {
        return transport.send(JiraRequest.create(flavor.apiBase() + resource, body)).body();
    }

    private String issuePath(String key) {
        return flavor.apiBase() + "/issue/" + PathSegments.encode(key);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
        List<T> values = new ArrayList<>();
        array.forEach(element -> values.add(read.apply(element)));
        return values;
    }

    private static <T> T named(List<T> values, Function<T, String> name, String wanted) {
        return values.stream().filter(value -> wanted.equals(name.apply(value))).findFirst()
                .orElseThrow(() -> new IllegalStateException("Jira answered the create of '" + wanted
                        + "' with 201 but does not list it"));
    }

    private static FieldInfo field(JsonNode field) {
        return new FieldInfo(Json.text(field, "id"), Json.text(field, "name"), field.path("custom").asBoolean(),
                Json.text(field, "schema", "custom"));
    }

    private static IssueTypeInfo issueType(JsonNode type) {
        return new IssueTypeInfo(Json.text(type, "id"), Json.text(type, "name"), type.path("subtask").asBoolean());
    }

    private static LinkTypeInfo linkType(JsonNode type) {
        return new LinkTypeInfo(Json.text(type, "id"), Json.text(type, "name"), Json.text(type, "outward"),
                Json.text(type, "inward"));
    }
}
