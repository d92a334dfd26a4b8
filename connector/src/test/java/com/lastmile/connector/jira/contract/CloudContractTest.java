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
import com.lastmile.core.tracker.ValueKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every {@link JiraApi} operation against a stub Jira Cloud that answers with the v3 spec's own examples. */
class CloudContractTest {

    @RegisterExtension
    static final ContractServer jira = new ContractServer(JiraSpec.CLOUD);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V3 = "/rest/api/3";
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private JiraApi api;

    @BeforeEach
    void open() {
        jira.stub("GET", "/rest/api/2/serverInfo", 200, serverInfo());
        api = JiraConnection.open(jira.transport());
    }

    /**
     * The spec's example, corrected: it has "defaultLocale", which {@code ServerInformation} does not allow
     * (additionalProperties false), and lacks "deploymentType", which the schema says is "always returned as Cloud".
     */
    private static JsonNode serverInfo() {
        ObjectNode info = (ObjectNode) example("/rest/api/3/serverInfo", "GET", 200);
        info.remove("defaultLocale");
        return info.put("deploymentType", "Cloud");
    }

    private static JsonNode example(String path, String method, int status) {
        return SpecExamples.response(JiraSpec.CLOUD, path, method, status);
    }

    @Test
    void detectsCloudWithOneServerInfoRequest() {
        assertThat(api.flavor()).isEqualTo(JiraFlavor.CLOUD);
        assertThat(jira.calls()).containsExactly("GET /rest/api/2/serverInfo");
    }

    @Test
    void myselfIsTheAccountOfTheCredentials() {
        jira.stub("GET", V3 + "/myself", 200, example(V3 + "/myself", "GET", 200));

        assertThat(api.myself()).isEqualTo(new JiraUser("5b10a2844c20165700ede21g", "Mia Krystof", true));
        assertThat(jira.requests("GET", V3 + "/myself")).hasSize(1);
    }

    @Test
    void fieldsListsSystemAndCustomFields() {
        jira.stub("GET", V3 + "/field", 200, example(V3 + "/field", "GET", 200));

        assertThat(api.fields()).containsExactly(
                new FieldInfo("description", "Description", false, null),
                new FieldInfo("summary", "Summary", false, null));
        assertThat(jira.requests("GET", V3 + "/field")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "TEXT, textfield, textsearcher",
        "TEXTAREA, textarea, textsearcher",
        "RACI, textarea, textsearcher",
        "NUMBER, float, exactnumber",
        "USER, userpicker, userpickergroupsearcher"})
    void createFieldPicksTheSystemTypeOfTheKind(ValueKind kind, String type, String searcher) {
        jira.stub("POST", V3 + "/field", 201, createdField());

        FieldInfo created = api.createField("Metric target", kind, "Last Mile: the metric's target");

        assertThat(created).isEqualTo(new FieldInfo("customfield_10101", "New custom field", true,
                "com.atlassian.jira.plugin.system.customfieldtypes:project"));
        JsonNode sent = single("POST", V3 + "/field");
        assertThat(sent.path("name").asText()).isEqualTo("Metric target");
        assertThat(sent.path("description").asText()).isEqualTo("Last Mile: the metric's target");
        assertThat(sent.path("type").asText()).isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:" + type);
        assertThat(sent.path("searcherKey").asText())
                .isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:" + searcher);
    }

    /** The spec's example, corrected: its "untranslatedName" is not among {@code FieldDetails}' allowed properties. */
    private static JsonNode createdField() {
        ObjectNode field = (ObjectNode) example(V3 + "/field", "POST", 201);
        field.remove("untranslatedName");
        return field;
    }

    /** The spec declares a JSON answer of any shape and gives no example; an empty object is one. */
    @Test
    void addFieldToDefaultScreenPostsTheFieldIdInThePath() {
        String path = V3 + "/screens/addToDefault/customfield_10101";
        jira.stub("POST", path, 200, JSON.createObjectNode());

        api.addFieldToDefaultScreen("customfield_10101");

        assertThat(jira.calls()).endsWith("POST " + path);
        assertThat(jira.requests("POST", path)).hasSize(1);
    }

    @Test
    void issueTypesListsEveryType() {
        jira.stub("GET", V3 + "/issuetype", 200, example(V3 + "/issuetype", "GET", 200));

        assertThat(api.issueTypes()).containsExactly(new IssueTypeInfo("3", "Task", false),
                new IssueTypeInfo("1", "Bug", false));
    }

    @Test
    void createIssueTypeAsksForASubtaskByHierarchyLevel() {
        // the spec has no example for this answer; IssueTypeDetails as Jira sends it
        ObjectNode created = JSON.createObjectNode().put("id", "10010").put("name", "Checkpoint")
                .put("description", "A dated milestone of a goal").put("subtask", true).put("hierarchyLevel", -1)
                .put("avatarId", 10316).put("iconUrl", "https://your-domain.atlassian.net/images/checkpoint.png")
                .put("self", "https://your-domain.atlassian.net/rest/api/3/issuetype/10010");
        jira.stub("POST", V3 + "/issuetype", 201, created);

        IssueTypeInfo type = api.createIssueType("Checkpoint", true, "A dated milestone of a goal");

        assertThat(type).isEqualTo(new IssueTypeInfo("10010", "Checkpoint", true));
        JsonNode sent = single("POST", V3 + "/issuetype");
        assertThat(sent.path("hierarchyLevel").asInt()).isEqualTo(-1);
        assertThat(sent.path("name").asText()).isEqualTo("Checkpoint");
        assertThat(sent.has("type")).as("deprecated in v3").isFalse();
    }

    @Test
    void linkTypesListsEveryType() {
        jira.stub("GET", V3 + "/issueLinkType", 200, example(V3 + "/issueLinkType", "GET", 200));

        assertThat(api.linkTypes()).containsExactly(
                new LinkTypeInfo("1000", "Duplicate", "Duplicates", "Duplicated by"),
                new LinkTypeInfo("1010", "Blocks", "Blocks", "Blocked by"));
    }

    @Test
    void createLinkTypeSendsBothTexts() {
        jira.stub("POST", V3 + "/issueLinkType", 201, example(V3 + "/issueLinkType", "POST", 201));

        LinkTypeInfo created = api.createLinkType("Contributes to", "contributes to", "is contributed to by");

        assertThat(created).isEqualTo(new LinkTypeInfo("1000", "Duplicate", "Duplicates", "Duplicated by"));
        JsonNode sent = single("POST", V3 + "/issueLinkType");
        assertThat(sent.path("name").asText()).isEqualTo("Contributes to");
        assertThat(sent.path("outward").asText()).isEqualTo("contributes to");
        assertThat(sent.path("inward").asText()).isEqualTo("is contributed to by");
    }

    @Test
    void createIssuesSends120DraftsInThreeCallsAndMapsEveryOutcomeToItsDraft() {
        jira.stub("POST", V3 + "/issue/bulk", firstDraft(0), 201, created(0, 50, List.of(3, 7)));
        jira.stub("POST", V3 + "/issue/bulk", firstDraft(50), 201, created(50, 50, List.of()));
        jira.stub("POST", V3 + "/issue/bulk", firstDraft(100), 400, example(V3 + "/issue/bulk", "POST", 400));

        BulkCreateResult result = api.createIssues(Drafts.of(120));

        List<ContractServer.Received> calls = jira.requests("POST", V3 + "/issue/bulk");
        assertThat(calls).extracting(call -> call.body().path("issueUpdates").size()).containsExactly(50, 50, 20);
        assertThat(result.created()).hasSize(98);
        assertThat(result.created().get(3)).isEqualTo(new BulkCreateResult.Created(4, "10104", "LM-104"));
        assertThat(result.created()).extracting(BulkCreateResult.Created::index).doesNotContain(3, 7)
                .contains(0, 49, 50, 99);
        assertThat(result.failed()).hasSize(22);
        assertThat(result.failed().get(0)).isEqualTo(new BulkCreateResult.Failed(3, 400, List.of(
                "issuetype: The issue type selected is invalid.",
                "project: Sub-tasks must be created in the same project as the parent.")));
        assertThat(result.failed().get(1).index()).isEqualTo(7);
        assertThat(result.failed().subList(2, 22)).allSatisfy(failed -> {
            assertThat(failed.index()).isBetween(100, 119);
            assertThat(failed.status()).isEqualTo(400);
        });
        assertThat(result.failed().get(2).messages()).containsExactly(
                "issuetype: The issue type selected is invalid.",
                "project: Sub-tasks must be created in the same project as the parent.");
        assertThat(result.failed().get(4).messages()).contains(
                "issue 0: issuetype: The issue type selected is invalid.");
        assertThat(result.unknown()).isEmpty();
    }

    @Test
    void createIssuesEncodesEveryPartOfADraft() {
        jira.stub("POST", V3 + "/issue/bulk", 201, created(0, 3, List.of()));

        api.createIssues(Drafts.of(3));

        JsonNode updates = single("POST", V3 + "/issue/bulk").path("issueUpdates");
        JsonNode checkpoint = updates.get(0);
        assertThat(checkpoint.path("fields").path("project").path("key").asText()).isEqualTo("LM");
        assertThat(checkpoint.path("fields").path("issuetype").path("id").asText()).isEqualTo("10001");
        assertThat(checkpoint.path("fields").path("summary").asText()).isEqualTo("Draft 0");
        assertThat(checkpoint.path("fields").path("duedate").asText()).isEqualTo("2026-03-31");
        assertThat(checkpoint.path("fields").path("parent").path("key").asText()).isEqualTo("LM-1");
        assertThat(checkpoint.path("fields").path(Drafts.NUMBER_FIELD).asInt()).isEqualTo(8);
        assertThat(checkpoint.path("properties").get(0).path("key").asText()).isEqualTo(Drafts.PROPERTY);
        assertThat(checkpoint.path("properties").get(0).path("value").path("index").asInt()).isZero();
        assertThat(checkpoint.has("update")).isFalse();
        assertThat(updates.get(1).path("fields").path("parent").path("key").asText())
                .as("Cloud: a story's epic is its parent").isEqualTo("LM-3");
        JsonNode link = updates.get(2).path("update").path("issuelinks").get(0).path("add");
        assertThat(link.path("type").path("name").asText()).isEqualTo("Contributes to");
        assertThat(link.path("outwardIssue").path("key").asText()).isEqualTo("LM-1");
    }

    @Test
    void createIssuesReportsAChunkWithoutAnswerAsUnknownAndCarriesOn() {
        jira.fault("POST", V3 + "/issue/bulk", firstDraft(0));
        jira.stub("POST", V3 + "/issue/bulk", firstDraft(50), 201, created(50, 10, List.of()));

        BulkCreateResult result = api.createIssues(Drafts.of(60));

        assertThat(result.unknown()).containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());
        assertThat(result.created()).extracting(BulkCreateResult.Created::index)
                .containsExactlyElementsOf(IntStream.range(50, 60).boxed().toList());
        assertThat(jira.requests("POST", V3 + "/issue/bulk")).as("never resent").hasSize(2);
    }

    private static UnaryOperator<MappingBuilder> firstDraft(int n) {
        return stub -> stub.withRequestBody(matchingJsonPath("$.issueUpdates[0].fields.summary",
                equalTo("Draft " + n)));
    }

    /**
     * A bulk create answer for drafts {@code offset…offset+size-1}: issues shaped like the spec's 201 example, errors
     * like its 400 example, at the given element numbers. Issue ids and keys are 10100+/LM-100+ by element.
     */
    private static JsonNode created(int offset, int size, List<Integer> failedElements) {
        JsonNode issueShape = example(V3 + "/issue/bulk", "POST", 201).path("issues").get(1);
        JsonNode errorShape = example(V3 + "/issue/bulk", "POST", 400).path("errors").get(0);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode issues = answer.putArray("issues");
        ArrayNode errors = answer.putArray("errors");
        for (int element = 0; element < size; element++) {
            if (failedElements.contains(element)) {
                errors.add(((ObjectNode) errorShape.deepCopy()).put("failedElementNumber", element));
            } else {
                int number = 100 + offset + element;
                issues.add(((ObjectNode) issueShape.deepCopy()).put("id", String.valueOf(10000 + number))
                        .put("key", "LM-" + number)
                        .put("self", "https://your-domain.atlassian.net/rest/api/3/issue/" + (10000 + number)));
            }
        }
        return answer;
    }

    @Test
    void editIssueSetsTheFields() {
        jira.stub("PUT", V3 + "/issue/LM-7", 204, null);

        api.editIssue("LM-7", Map.of(Drafts.NUMBER_FIELD, JSON.getNodeFactory().numberNode(9)));

        assertThat(single("PUT", V3 + "/issue/LM-7").path("fields").path(Drafts.NUMBER_FIELD).asInt()).isEqualTo(9);
    }

    @Test
    void linkPutsTheSourceIntoInwardIssue() {
        jira.stub("POST", V3 + "/issueLink", 201, null);

        api.link("Contributes to", "LM-3", "LM-1");

        JsonNode sent = single("POST", V3 + "/issueLink");
        assertThat(sent.path("type").path("name").asText()).isEqualTo("Contributes to");
        assertThat(sent.path("inwardIssue").path("key").asText()).isEqualTo("LM-3");
        assertThat(sent.path("outwardIssue").path("key").asText()).isEqualTo("LM-1");
    }

    @Test
    void setPropertySendsTheValueAsTheBody() {
        jira.stub("PUT", V3 + "/issue/LM-7/properties/" + Drafts.PROPERTY, 200, null);
        ObjectNode value = JSON.createObjectNode().put("batch", "b1");

        api.setProperty("LM-7", Drafts.PROPERTY, value);

        assertThat(single("PUT", V3 + "/issue/LM-7/properties/" + Drafts.PROPERTY)).isEqualTo(value);
    }

    @Test
    void commentSendsTheAdfDocument() {
        String path = V3 + "/issue/LM-7/comment";
        jira.stub("POST", path, 201, example("/rest/api/3/issue/{issueIdOrKey}/comment", "POST", 201));
        JsonNode adf = example("/rest/api/3/issue/{issueIdOrKey}/comment", "POST", 201).path("body");

        api.comment("LM-7", new CommentBody("h1. Retrospective", adf));

        assertThat(single("POST", path).path("body")).isEqualTo(adf);
    }

    @Test
    void searchFollowsNextPageTokenAndReadsEachIssue() {
        String path = V3 + "/search/jql";
        jira.stub("POST", path, 200, firstSearchPage());
        jira.stub("POST", path, stub -> stub.atPriority(1)
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("page-2"))), 200, lastSearchPage());
        List<IssueRecord> records = new ArrayList<>();

        int delivered = api.search("project = LM", List.of("customfield_10050", "customfield_10051"),
                List.of(Drafts.PROPERTY), records::add);

        assertThat(delivered).isEqualTo(2);
        IssueRecord example = records.get(0);
        assertThat(example.key()).isEqualTo("ED-1");
        assertThat(example.id()).isEqualTo("10002");
        assertThat(example.links()).containsExactly(new IssueRecord.Link("Dependent", true, "PR-2"),
                new IssueRecord.Link("Dependent", false, "PR-3"));
        assertThat(example.summary()).as("the example returns no summary").isNull();
        assertThat(records.get(1)).isEqualTo(new IssueRecord("10042", "LM-42", "Checkpoint", "Q1: sign 8 customers",
                "In Progress", "indeterminate", "LM-4", LocalDate.of(2026, 3, 31), List.of(),
                Map.of("customfield_10050", JSON.getNodeFactory().numberNode(8)),
                Map.of(Drafts.PROPERTY, JSON.createObjectNode().put("batch", "b1"))));
        List<ContractServer.Received> pages = jira.requests("POST", path);
        assertThat(pages).hasSize(2);
        JsonNode first = pages.get(0).body();
        assertThat(first.path("jql").asText()).isEqualTo("project = LM");
        assertThat(first.path("maxResults").asInt()).isEqualTo(5000);
        assertThat(first.path("fields")).extracting(JsonNode::asText).containsExactly("issuetype", "summary",
                "status", "parent", "duedate", "issuelinks", "customfield_10050", "customfield_10051");
        assertThat(first.path("properties")).extracting(JsonNode::asText).containsExactly(Drafts.PROPERTY);
        assertThat(first.has("nextPageToken")).isFalse();
        assertThat(pages.get(1).body().path("nextPageToken").asText()).isEqualTo("page-2");
    }

    @Test
    void searchRefusesMoreThanFivePropertiesWhichCloudCannotReturn() {
        List<String> six = List.of("p1", "p2", "p3", "p4", "p5", "p6");

        assertThatThrownBy(() -> api.search("project = LM", List.of(), six, record -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 5");
        assertThat(jira.requests("POST", V3 + "/search/jql")).isEmpty();
    }

    /** The spec's example (a last page), made a first page: not last, with a token for the next. */
    private static JsonNode firstSearchPage() {
        return ((ObjectNode) example(V3 + "/search/jql", "POST", 200)).put("isLast", false)
                .put("nextPageToken", "page-2");
    }

    private static JsonNode lastSearchPage() {
        ObjectNode page = JSON.createObjectNode().put("isLast", true);
        ObjectNode issue = page.putArray("issues").addObject().put("id", "10042").put("key", "LM-42")
                .put("self", "https://your-domain.atlassian.net/rest/api/3/issue/10042");
        ObjectNode fields = issue.putObject("fields");
        fields.putObject("issuetype").put("id", "10010").put("name", "Checkpoint").put("subtask", true);
        fields.put("summary", "Q1: sign 8 customers");
        ObjectNode status = fields.putObject("status").put("name", "In Progress").put("id", "3");
        status.putObject("statusCategory").put("id", 4).put("key", "indeterminate").put("name", "In Progress");
        fields.putObject("parent").put("id", "10004").put("key", "LM-4");
        fields.put("duedate", "2026-03-31");
        fields.putArray("issuelinks");
        fields.put("customfield_10050", 8);
        fields.putNull("customfield_10051");
        issue.putObject("properties").putObject(Drafts.PROPERTY).put("batch", "b1");
        return page;
    }

    @Test
    void changelogsFetchesUpTo1000IssuesPerCallFollowingPagesOldestFirst() {
        String path = V3 + "/changelog/bulkfetch";
        List<String> ids = new ArrayList<>(List.of("10100"));
        IntStream.range(20000, 20999).forEach(id -> ids.add(String.valueOf(id)));
        ids.add("30000");
        jira.stub("POST", path, stub -> stub.withRequestBody(matchingJsonPath("$.issueIdsOrKeys[0]",
                equalTo("10100"))), 200, changelogExample());
        jira.stub("POST", path, stub -> stub.atPriority(1).withRequestBody(matchingJsonPath("$.nextPageToken",
                equalTo("UxAQBFRF"))), 200, olderHistoryOf10100());
        jira.stub("POST", path, stub -> stub.withRequestBody(matchingJsonPath("$.issueIdsOrKeys[0]",
                equalTo("30000"))), 200, JSON.createObjectNode().set("issueChangeLogs", JSON.createArrayNode()));

        Map<String, List<ChangeEntry>> changelogs = api.changelogs(ids);

        List<ContractServer.Received> calls = jira.requests("POST", path);
        assertThat(calls).extracting(call -> call.body().path("issueIdsOrKeys").size()).containsExactly(1000, 1000, 1);
        assertThat(calls.get(0).body().path("maxResults").asInt()).isEqualTo(10_000);
        assertThat(changelogs).hasSize(1001);
        assertThat(changelogs.get("30000")).isEmpty();
        assertThat(changelogs.get("10100")).extracting(ChangeEntry::created).containsExactly(
                Instant.parse("2017-04-13T07:00:00Z"), Instant.ofEpochSecond(1492070429),
                Instant.ofEpochSecond(1492071429));
        assertThat(changelogs.get("10100").get(1).items())
                .extracting(ChangeEntry.Item::field, ChangeEntry.Item::fieldId, ChangeEntry.Item::fromText,
                        ChangeEntry.Item::toText)
                .containsExactly(tuple("fields", "fieldId", "old summary", "new summary"));
        assertThat(changelogs.get("10100").get(0).items()).extracting(ChangeEntry.Item::from, ChangeEntry.Item::to)
                .containsExactly(tuple("2026-03-31", "2026-04-30"));
    }

    /**
     * The spec's example, corrected: it gives {@code created} as integers (1492070429, seconds it seems) where the
     * {@code Changelog} schema says a date-time string. The same instants in Jira's date-time text.
     */
    private static JsonNode changelogExample() {
        JsonNode example = example(V3 + "/changelog/bulkfetch", "POST", 200);
        example.path("issueChangeLogs").forEach(issue -> issue.path("changeHistories").forEach(history ->
                ((ObjectNode) history).put("created", JIRA_TIME.format(
                        Instant.ofEpochSecond(history.path("created").asLong()).atOffset(ZoneOffset.UTC)))));
        return example;
    }

    private static JsonNode olderHistoryOf10100() {
        ObjectNode page = JSON.createObjectNode();
        ObjectNode issue = page.putArray("issueChangeLogs").addObject().put("issueId", "10100");
        ObjectNode history = issue.putArray("changeHistories").addObject().put("id", "10000")
                .put("created", "2017-04-13T07:00:00.000+0000");
        history.putArray("items").addObject().put("field", "duedate").put("fieldId", "duedate")
                .put("fieldtype", "jira").put("from", "2026-03-31").put("fromString", "2026-03-31 00:00:00.0")
                .put("to", "2026-04-30").put("toString", "2026-04-30 00:00:00.0");
        return page;
    }

    @Test
    void usersAsksForFiftyAccountsPerCall() {
        String path = V3 + "/user/bulk";
        List<String> ids = new ArrayList<>(List.of("5b10a2844c20165700ede21g"));
        IntStream.range(1, 60).forEach(n -> ids.add("712020:account-" + n));
        jira.stub("GET", path, 200, example(path, "GET", 200));
        ObjectNode former = JSON.createObjectNode().put("isLast", true).put("maxResults", 50).put("startAt", 0)
                .put("total", 1);
        former.putArray("values").addObject().put("accountId", "712020:account-59").put("accountType", "atlassian")
                .put("active", false).put("displayName", "Former Colleague");
        jira.stub("GET", path, stub -> stub.atPriority(1).withQueryParam("accountId", equalTo("712020:account-59")),
                200, former);

        List<JiraUser> users = api.users(ids);

        assertThat(users).containsExactly(new JiraUser("5b10a2844c20165700ede21g", "Mia Krystof", true),
                new JiraUser("712020:account-59", "Former Colleague", false));
        List<ContractServer.Received> calls = jira.requests("GET", path);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).query().get("accountId")).containsExactlyElementsOf(ids.subList(0, 50));
        assertThat(calls.get(0).query().get("maxResults")).containsExactly("50");
        assertThat(calls.get(1).query().get("accountId")).containsExactlyElementsOf(ids.subList(50, 60));
    }

    private static JsonNode single(String method, String path) {
        List<ContractServer.Received> requests = jira.requests(method, path);
        assertThat(requests).as(method + " " + path).hasSize(1);
        return requests.get(0).body();
    }
}
