package com.lastmile.connector.jira.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.lastmile.connector.jira.api.BulkCreateResult;
import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.api.CommentBody;
import com.lastmile.connector.jira.api.FieldInfo;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.connector.jira.api.IssueTypeInfo;
import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.JiraConnection;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.connector.jira.api.JiraUser;
import com.lastmile.connector.jira.api.LinkTypeInfo;
import com.lastmile.connector.jira.api.NewIssue;
import com.lastmile.core.tracker.ValueKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every {@link JiraApi} operation against a stub Jira Data Center 10.3. Its spec has no operation examples, only
 * property examples on its beans; answers are composed from those ({@link SpecExamples#fromProperties}) where a bean
 * has them, else written as Jira sends them, and every answer is validated against the (corrected) spec.
 */
class DataCenterContractTest {

    @RegisterExtension
    static final ContractServer jira = new ContractServer(JiraSpec.DATA_CENTER);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V2 = "/rest/api/2";
    private static final String EPIC_LINK = "customfield_10100";

    private JiraApi api;

    @BeforeEach
    void open() {
        ObjectNode info = JSON.createObjectNode().put("baseUrl", "https://jira.example.com").put("version", "10.3.4")
                .put("buildNumber", 10030004).put("deploymentType", "Server").put("serverTitle", "Jira");
        info.putArray("versionNumbers").add(10).add(3).add(4);
        jira.stub("GET", V2 + "/serverInfo", 200, info);
        api = JiraConnection.open(jira.transport());
    }

    private static ObjectNode bean(String schemaName) {
        return SpecExamples.fromProperties(JiraSpec.DATA_CENTER, schemaName);
    }

    @Test
    void detectsDataCenterWithOneServerInfoRequest() {
        assertThat(api.flavor()).isEqualTo(JiraFlavor.DATA_CENTER);
        assertThat(jira.calls()).containsExactly("GET /rest/api/2/serverInfo");
    }

    @Test
    void myselfIsTheUserOfTheToken() {
        jira.stub("GET", V2 + "/myself", 200, bean("UserBean"));

        assertThat(api.myself()).isEqualTo(new JiraUser("fred", "Fred F. User", true));
        assertThat(jira.requests("GET", V2 + "/myself")).hasSize(1);
    }

    @Test
    void fieldsListsSystemAndCustomFields() {
        jira.stub("GET", V2 + "/field", 200, fields());

        assertThat(api.fields()).containsExactly(new FieldInfo("description", "Description", false, null),
                new FieldInfo(EPIC_LINK, "Epic Link", true, "com.pyxis.greenhopper.jira:gh-epic-link"));
    }

    /** The spec's FieldBean example (Description) and Jira Software's Epic Link field. */
    private static ArrayNode fields() {
        ArrayNode fields = JSON.createArrayNode();
        fields.add(bean("FieldBean"));
        ObjectNode epicLink = fields.addObject().put("id", EPIC_LINK).put("name", "Epic Link").put("custom", true)
                .put("orderable", true).put("navigable", true).put("searchable", true);
        epicLink.putArray("clauseNames").add("cf[10100]").add("Epic Link");
        epicLink.putObject("schema").put("type", "any").put("custom", "com.pyxis.greenhopper.jira:gh-epic-link")
                .put("customId", 10100);
        return fields;
    }

    @Test
    void createFieldSendsTypeAndSearcher() {
        ObjectNode created = JSON.createObjectNode().put("id", "customfield_10200").put("name", "Metric target")
                .put("custom", true).put("orderable", true).put("navigable", true).put("searchable", true);
        created.putObject("schema").put("type", "number")
                .put("custom", "com.atlassian.jira.plugin.system.customfieldtypes:float").put("customId", 10200);
        jira.stub("POST", V2 + "/field", 201, created);

        FieldInfo field = api.createField("Metric target", ValueKind.NUMBER, "Last Mile: the metric's target");

        assertThat(field).isEqualTo(new FieldInfo("customfield_10200", "Metric target", true,
                "com.atlassian.jira.plugin.system.customfieldtypes:float"));
        JsonNode sent = single("POST", V2 + "/field");
        assertThat(sent.path("type").asText()).isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:float");
        assertThat(sent.path("searcherKey").asText())
                .isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:exactnumber");
    }

    /** The spec documents a 204 without a body. */
    @Test
    void addFieldToDefaultScreenPostsTheFieldIdInThePath() {
        String path = V2 + "/screens/addToDefault/customfield_10200";
        jira.stub("POST", path, 204, null);

        api.addFieldToDefaultScreen("customfield_10200");

        assertThat(jira.calls()).endsWith("POST " + path);
        assertThat(jira.requests("POST", path)).hasSize(1);
    }

    @Test
    void issueTypesListsEveryType() {
        jira.stub("GET", V2 + "/issuetype", 200, issueTypes(false));

        assertThat(api.issueTypes()).containsExactly(new IssueTypeInfo("1", "Bug", false));
    }

    @Test
    void createIssueTypeFindsTheNewTypeWhenThe201HasNoBody() {
        jira.stub("POST", V2 + "/issuetype", 201, null);
        jira.stub("GET", V2 + "/issuetype", 200, issueTypes(true));

        IssueTypeInfo type = api.createIssueType("Checkpoint", true, "A dated milestone of a goal");

        assertThat(type).isEqualTo(new IssueTypeInfo("10010", "Checkpoint", true));
        JsonNode sent = single("POST", V2 + "/issuetype");
        assertThat(sent.path("type").asText()).isEqualTo("subtask");
        assertThat(sent.path("description").asText()).isEqualTo("A dated milestone of a goal");
        assertThat(jira.calls()).containsExactly("GET /rest/api/2/serverInfo", "POST /rest/api/2/issuetype",
                "GET /rest/api/2/issuetype");
    }

    private static ArrayNode issueTypes(boolean withCheckpoint) {
        ArrayNode types = JSON.createArrayNode();
        types.add(bean("IssueTypeJsonBean"));
        if (withCheckpoint) {
            types.addObject().put("id", "10010").put("name", "Checkpoint").put("subtask", true)
                    .put("description", "A dated milestone of a goal").put("avatarId", 10316)
                    .put("iconUrl", "https://jira.example.com/images/checkpoint.png")
                    .put("self", "https://jira.example.com/rest/api/2/issuetype/10010");
        }
        return types;
    }

    @Test
    void linkTypesListsEveryType() {
        jira.stub("GET", V2 + "/issueLinkType", 200, linkTypes(false));

        assertThat(api.linkTypes()).containsExactly(
                new LinkTypeInfo("10000", "Duplicate", "duplicates", "is duplicated by"));
    }

    @Test
    void createLinkTypeFindsTheNewTypeWhenThe201HasNoBody() {
        jira.stub("POST", V2 + "/issueLinkType", 201, null);
        jira.stub("GET", V2 + "/issueLinkType", 200, linkTypes(true));

        LinkTypeInfo type = api.createLinkType("Contributes to", "contributes to", "is contributed to by");

        assertThat(type).isEqualTo(new LinkTypeInfo("10300", "Contributes to", "contributes to",
                "is contributed to by"));
        JsonNode sent = single("POST", V2 + "/issueLinkType");
        assertThat(sent.path("outward").asText()).isEqualTo("contributes to");
        assertThat(sent.path("inward").asText()).isEqualTo("is contributed to by");
        assertThat(jira.requests("GET", V2 + "/issueLinkType")).hasSize(1);
    }

    private static ObjectNode linkTypes(boolean withContributesTo) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode types = answer.putArray("issueLinkTypes");
        types.add(bean("IssueLinkTypeJsonBean"));
        if (withContributesTo) {
            types.addObject().put("id", "10300").put("name", "Contributes to").put("outward", "contributes to")
                    .put("inward", "is contributed to by")
                    .put("self", "https://jira.example.com/rest/api/2/issueLinkType/10300");
        }
        return answer;
    }

    @Test
    void createIssuesSends120DraftsInThreeCallsLookingUpTheEpicLinkFieldOnce() {
        jira.stub("GET", V2 + "/field", 200, fields());
        jira.stub("POST", V2 + "/issue/bulk", firstDraft(0), 201, created(0, 50, List.of(3, 7)));
        jira.stub("POST", V2 + "/issue/bulk", firstDraft(50), 201, created(50, 50, List.of()));
        jira.stub("POST", V2 + "/issue/bulk", firstDraft(100), 400, null);
        List<NewIssue> drafts = new ArrayList<>(Drafts.of(120));
        drafts.set(51, Drafts.draft(1));
        drafts.set(101, Drafts.draft(1));

        BulkCreateResult result = api.createIssues(drafts);

        assertThat(jira.requests("GET", V2 + "/field")).as("Epic Link looked up once").hasSize(1);
        List<ContractServer.Received> calls = jira.requests("POST", V2 + "/issue/bulk");
        assertThat(calls).extracting(call -> call.body().path("issueUpdates").size()).containsExactly(50, 50, 20);
        JsonNode story = calls.get(0).body().path("issueUpdates").get(1).path("fields");
        assertThat(story.path(EPIC_LINK).asText()).isEqualTo("LM-3");
        assertThat(story.has("parent")).isFalse();
        assertThat(calls.get(0).body().path("issueUpdates").get(0).path("properties").get(0).path("key").asText())
                .isEqualTo(Drafts.PROPERTY);
        assertThat(result.created()).hasSize(98);
        assertThat(result.created().get(3)).isEqualTo(new BulkCreateResult.Created(4, "10104", "LM-104"));
        assertThat(result.failed()).hasSize(22);
        assertThat(result.failed().get(0)).isEqualTo(new BulkCreateResult.Failed(3, 400,
                List.of("Issue type is a sub-task but parent issue key or id not specified.",
                        "summary: You must specify a summary of the issue.")));
        assertThat(result.failed().subList(2, 22)).allSatisfy(failed -> {
            assertThat(failed.index()).isBetween(100, 119);
            assertThat(failed.messages()).singleElement().asString().contains("HTTP 400");
        });
    }

    @Test
    void createIssuesRefusesAnEpicWhenTheSiteHasNoEpicLinkField() {
        ArrayNode withoutEpicLink = JSON.createArrayNode().add(bean("FieldBean"));
        jira.stub("GET", V2 + "/field", 200, withoutEpicLink);

        assertThatThrownBy(() -> api.createIssues(Drafts.of(2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Epic Link");
        assertThat(jira.requests("POST", V2 + "/issue/bulk")).isEmpty();
    }

    @Test
    void createIssuesReportsAChunkWithoutAnswerAsUnknown() {
        jira.fault("POST", V2 + "/issue/bulk", UnaryOperator.identity());

        BulkCreateResult result = api.createIssues(Drafts.of(3).subList(2, 3));

        assertThat(result.unknown()).containsExactly(0);
        assertThat(result.created()).isEmpty();
        assertThat(jira.requests("POST", V2 + "/issue/bulk")).as("never resent").hasSize(1);
    }

    private static UnaryOperator<MappingBuilder> firstDraft(int n) {
        return stub -> stub.withRequestBody(matchingJsonPath("$.issueUpdates[0].fields.summary",
                equalTo("Draft " + n)));
    }

    /** {@code IssuesCreateResponse} for drafts {@code offset…}: ids and keys 10100+/LM-100+ by element. */
    private static JsonNode created(int offset, int size, List<Integer> failedElements) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode issues = answer.putArray("issues");
        ArrayNode errors = answer.putArray("errors");
        for (int element = 0; element < size; element++) {
            if (failedElements.contains(element)) {
                ObjectNode error = errors.addObject().put("status", 400).put("failedElementNumber", element);
                ObjectNode collection = error.putObject("elementErrors");
                collection.putArray("errorMessages")
                        .add("Issue type is a sub-task but parent issue key or id not specified.");
                collection.putObject("errors").put("summary", "You must specify a summary of the issue.");
            } else {
                int number = 100 + offset + element;
                issues.addObject().put("id", String.valueOf(10000 + number)).put("key", "LM-" + number)
                        .put("self", "https://jira.example.com/rest/api/2/issue/" + (10000 + number));
            }
        }
        return answer;
    }

    @Test
    void editIssueSetsTheFields() {
        jira.stub("PUT", V2 + "/issue/LM-7", 204, null);

        api.editIssue("LM-7", Map.of("summary", JSON.getNodeFactory().textNode("Q2: sign 12 customers")));

        assertThat(single("PUT", V2 + "/issue/LM-7").path("fields").path("summary").asText())
                .isEqualTo("Q2: sign 12 customers");
    }

    @Test
    void linkPutsTheSourceIntoInwardIssue() {
        jira.stub("POST", V2 + "/issueLink", 201, null);

        api.link("Contributes to", "LM-3", "LM-1");

        JsonNode sent = single("POST", V2 + "/issueLink");
        assertThat(sent.path("inwardIssue").path("key").asText()).isEqualTo("LM-3");
        assertThat(sent.path("outwardIssue").path("key").asText()).isEqualTo("LM-1");
    }

    @Test
    void setPropertySendsTheValueAsTheBody() {
        String path = V2 + "/issue/LM-7/properties/" + Drafts.PROPERTY;
        jira.stub("PUT", path, 201, null);
        ObjectNode value = JSON.createObjectNode().put("batch", "b1");

        api.setProperty("LM-7", Drafts.PROPERTY, value);

        assertThat(single("PUT", path)).isEqualTo(value);
    }

    @Test
    void commentSendsWikiMarkup() {
        String path = V2 + "/issue/LM-7/comment";
        jira.stub("POST", path, 201, bean("CommentJsonBean"));

        api.comment("LM-7", new CommentBody("h1. Retrospective\n* cause", JSON.createObjectNode()));

        assertThat(single("POST", path).path("body").asText()).isEqualTo("h1. Retrospective\n* cause");
    }

    @Test
    void searchPagesByStartAtUntilTotal() {
        String path = V2 + "/search";
        jira.stub("POST", path, 200, searchPage(0, 3, List.of(issue("10040", "LM-40"), issue("10041", "LM-41"))));
        jira.stub("POST", path, stub -> stub.atPriority(1).withRequestBody(matchingJsonPath("$.startAt",
                equalTo("2"))), 200, searchPage(2, 3, List.of(issue("10042", "LM-42"))));
        List<IssueRecord> records = new ArrayList<>();

        int delivered = api.search("project = LM", List.of(EPIC_LINK), List.of(), records::add);

        assertThat(delivered).isEqualTo(3);
        assertThat(records).extracting(IssueRecord::key).containsExactly("LM-40", "LM-41", "LM-42");
        assertThat(records.get(0)).isEqualTo(new IssueRecord("10040", "LM-40", "Story", "Standard proposal template",
                "Done", "done", null, LocalDate.of(2026, 5, 15),
                List.of(new IssueRecord.Link("Contributes to", true, "LM-1"),
                        new IssueRecord.Link("Contributes to", false, "LM-9")),
                Map.of(EPIC_LINK, JSON.getNodeFactory().textNode("LM-3")), Map.of()));
        List<ContractServer.Received> pages = jira.requests("POST", path);
        assertThat(pages).extracting(page -> page.body().path("startAt").asInt()).containsExactly(0, 2);
        assertThat(pages.get(0).body().path("maxResults").asInt()).isEqualTo(1000);
        assertThat(pages.get(0).body().path("fields")).extracting(JsonNode::asText).containsExactly("issuetype",
                "summary", "status", "parent", "duedate", "issuelinks", EPIC_LINK);
    }

    @Test
    void searchRefusesEntityPropertiesWhichDataCenterCannotReturn() {
        assertThatThrownBy(() -> api.search("project = LM", List.of(), List.of(Drafts.PROPERTY), record -> { }))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("JRASERVER-62898");
        assertThat(jira.requests("POST", V2 + "/search")).isEmpty();
    }

    private static ObjectNode searchPage(int startAt, int total, List<ObjectNode> issues) {
        ObjectNode page = JSON.createObjectNode().put("expand", "schema,names").put("startAt", startAt)
                .put("maxResults", 1000).put("total", total);
        page.putArray("issues").addAll(issues);
        return page;
    }

    private static ObjectNode issue(String id, String key) {
        ObjectNode issue = JSON.createObjectNode().put("id", id).put("key", key)
                .put("self", "https://jira.example.com/rest/api/2/issue/" + id);
        ObjectNode fields = issue.putObject("fields");
        fields.putObject("issuetype").put("id", "10001").put("name", "Story").put("subtask", false);
        fields.put("summary", "Standard proposal template");
        fields.putObject("status").put("name", "Done").putObject("statusCategory").put("key", "done");
        fields.putNull("parent");
        fields.put("duedate", "2026-05-15");
        ArrayNode links = fields.putArray("issuelinks");
        ObjectNode outward = links.addObject().put("id", "20001");
        outward.putObject("type").put("name", "Contributes to").put("outward", "contributes to")
                .put("inward", "is contributed to by");
        outward.putObject("outwardIssue").put("id", "10001").put("key", "LM-1");
        ObjectNode inward = links.addObject().put("id", "20002");
        inward.set("type", outward.get("type").deepCopy());
        inward.putObject("inwardIssue").put("id", "10009").put("key", "LM-9");
        fields.put(EPIC_LINK, "LM-3");
        return issue;
    }

    @Test
    void changelogsSearch200IssuesAtATimeWithTheChangelogExpanded() {
        String path = V2 + "/search";
        List<String> ids = IntStream.range(10000, 10250).mapToObj(String::valueOf).toList();
        jira.stub("POST", path, 200, searchPage(0, 1, List.of(withHistory())));
        jira.stub("POST", path, stub -> stub.atPriority(1).withRequestBody(matchingJsonPath("$.jql",
                equalTo(idClause(ids.subList(200, 250))))), 200, searchPage(0, 0, List.of()));

        Map<String, List<ChangeEntry>> changelogs = api.changelogs(ids);

        List<ContractServer.Received> searches = jira.requests("POST", path);
        assertThat(searches).extracting(search -> search.body().path("jql").asText())
                .containsExactly(idClause(ids.subList(0, 200)), idClause(ids.subList(200, 250)));
        JsonNode first = searches.get(0).body();
        assertThat(first.path("expand")).extracting(JsonNode::asText).containsExactly("changelog");
        assertThat(first.path("fields")).extracting(JsonNode::asText).containsExactly("key");
        assertThat(changelogs).hasSize(250);
        assertThat(changelogs.get("10007")).extracting(ChangeEntry::created).containsExactly(
                Instant.parse("2026-01-05T01:00:00Z"), Instant.parse("2026-02-10T01:00:00Z"));
        assertThat(changelogs.get("10007").get(0).items()).extracting(ChangeEntry.Item::field,
                        ChangeEntry.Item::fieldId, ChangeEntry.Item::from, ChangeEntry.Item::toText)
                .containsExactly(tuple("Planned value", null, null, "8"));
        assertThat(changelogs.get("10008")).isEmpty();
    }

    private static String idClause(List<String> ids) {
        return "id in (\"" + String.join("\", \"", ids) + "\")";
    }

    /** Issue 10007 with two histories, newest first (the order need not be oldest first). */
    private static ObjectNode withHistory() {
        ObjectNode issue = JSON.createObjectNode().put("id", "10007").put("key", "LM-7")
                .put("self", "https://jira.example.com/rest/api/2/issue/10007");
        issue.putObject("fields");
        ObjectNode changelog = issue.putObject("changelog").put("startAt", 0).put("maxResults", 2).put("total", 2);
        ArrayNode histories = changelog.putArray("histories");
        ObjectNode replan = histories.addObject().put("id", "30002").put("created", "2026-02-10T12:00:00.000+1100");
        replan.putArray("items").addObject().put("field", "duedate").put("fieldtype", "jira")
                .put("from", "2026-03-31").put("fromString", "2026-03-31 00:00:00.0")
                .put("to", "2026-04-30").put("toString", "2026-04-30 00:00:00.0");
        ObjectNode planned = histories.addObject().put("id", "30001").put("created", "2026-01-05T12:00:00.000+1100");
        planned.putArray("items").addObject().put("field", "Planned value").put("fieldtype", "custom")
                .put("toString", "8");
        return issue;
    }

    @Test
    void usersStreamTheDirectoryUntilEveryNameIsFound() {
        String path = V2 + "/user/list";
        ObjectNode first = JSON.createObjectNode().put("isLast", false).put("maxResults", 2000)
                .put("nextCursor", "2000");
        first.putArray("values").add(bean("UserBean"))
                .add(JSON.createObjectNode().put("name", "li.ming").put("displayName", "李明").put("active", true));
        ObjectNode second = JSON.createObjectNode().put("isLast", false).put("maxResults", 2000)
                .put("nextCursor", "4000");
        second.putArray("values")
                .add(JSON.createObjectNode().put("name", "wang.fang").put("displayName", "王芳")
                        .put("active", false));
        jira.stub("GET", path, 200, first);
        jira.stub("GET", path, stub -> stub.atPriority(1).withQueryParam("cursor", equalTo("2000")), 200, second);

        List<JiraUser> users = api.users(List.of("wang.fang", "fred"));

        assertThat(users).containsExactly(new JiraUser("wang.fang", "王芳", false),
                new JiraUser("fred", "Fred F. User", true));
        List<ContractServer.Received> pages = jira.requests("GET", path);
        assertThat(pages).as("stops once both are found").hasSize(2);
        assertThat(pages.get(0).query()).isEqualTo(Map.of("maxResults", List.of("2000")));
        assertThat(pages.get(1).query().get("cursor")).containsExactly("2000");
    }

    @Test
    void usersAsksOneByOneWhenTheDirectoryIsForbidden() {
        jira.stub("GET", V2 + "/user/list", 403, null);
        jira.stub("GET", V2 + "/user", stub -> stub.withQueryParam("username", equalTo("fred")), 200,
                bean("UserBean"));
        jira.stub("GET", V2 + "/user", stub -> stub.withQueryParam("username", equalTo("ghost")), 404, null);

        List<JiraUser> users = api.users(List.of("fred", "ghost"));

        assertThat(users).containsExactly(new JiraUser("fred", "Fred F. User", true));
        assertThat(jira.requests("GET", V2 + "/user")).hasSize(2);
    }

    private static JsonNode single(String method, String path) {
        List<ContractServer.Received> requests = jira.requests(method, path);
        assertThat(requests).as(method + " " + path).hasSize(1);
        return requests.get(0).body();
    }
}
