package com.lastmile.app.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.app.serve.PreviewServer;
import com.lastmile.connector.jira.load.IssueTypeMapping;
import com.lastmile.core.tracker.TrackerField;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The preview server over an in-memory Jira: every request loads live, as the token's user. */
class JiraPreviewTest {

    private static final String REST = "/rest/lastmile/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock TOUR_DAY = Clock.fixed(LocalDate.parse(SmallStrategy.AS_OF).atStartOfDay()
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final InMemoryJira jira = SmallStrategy.inJira();
    private final HttpClient client = HttpClient.newHttpClient();
    private PreviewServer server;

    private void serve(String defaultJql) throws IOException {
        server = PreviewServer.start(JiraPreview.host(jira, SmallStrategy.TOKEN_USER, defaultJql,
                        IssueTypeMapping.standard(), Locale.ENGLISH),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TOUR_DAY);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private record Answer(int status, JsonNode json) {
    }

    private Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private Answer post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = client.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private static List<String> keys(JsonNode items) {
        List<String> keys = new ArrayList<>();
        items.forEach(item -> keys.add(item.get("key").asText()));
        return keys;
    }

    @Test
    void theTreeIsJirasLiveDataLoadedAfreshForEveryRequest() throws Exception {
        serve("project = LM");

        Answer tree = get(REST + "/tree");
        Answer again = get(REST + "/tree");

        assertThat(tree.status()).as(tree.json().toString()).isEqualTo(200);
        assertThat(keys(tree.json().get("items"))).containsExactly("LM-1", "LM-3", "LM-4", "LM-5");
        assertThat(tree.json().get("hidden").asInt()).isZero();
        assertThat(tree.json().get("viewer").isNull()).isTrue();
        assertThat(again.json()).isEqualTo(tree.json());
        assertThat(jira.jqls()).containsExactly("project = LM", "project = LM");
        assertThat(jira.calls("fields")).isEqualTo(2);
    }

    @Test
    void aRequestsJqlWinsOverTheDefault() throws Exception {
        serve(null);

        Answer without = get(REST + "/tree");
        Answer with = get(REST + "/tree?jql=" + URLEncoder.encode("key in (LM-1)", StandardCharsets.UTF_8));

        assertThat(without.status()).isEqualTo(400);
        assertThat(without.json().toString()).contains("jql");
        assertThat(with.status()).isEqualTo(200);
        assertThat(jira.jqls()).containsExactly("key in (LM-1)");
    }

    @Test
    void aRootNarrowsToItsSubtreeStartingThere() throws Exception {
        serve("project = LM");

        Answer subtree = get(REST + "/tree?root=LM-3");
        Answer findings = get(REST + "/findings?root=LM-3");
        Answer unknown = get(REST + "/tree?root=LM-99");

        assertThat(keys(subtree.json().get("items"))).containsExactly("LM-3", "LM-4", "LM-5");
        assertThat(findings.json().toString()).doesNotContain("HIERARCHY_UNKNOWN_PARENT");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void aQueryJiraRefusesIsTheCallersBadJql() throws Exception {
        jira.fail("search", 400);
        serve("project = !!");

        Answer tree = get(REST + "/tree");

        assertThat(tree.status()).isEqualTo(400);
        assertThat(tree.json().toString()).contains("jql").contains("Field 'x' does not exist");
    }

    @Test
    void jiraOutOfServiceIsABadGateway() throws Exception {
        jira.fail("fields", 503);
        serve("project = LM");

        assertThat(get(REST + "/tree").status()).isEqualTo(502);
    }

    @Test
    void recordingAnActualEditsTheCheckpointInJira() throws Exception {
        serve("project = LM");

        Answer recorded = post(REST + "/checkpoints/LM-2/actual",
                "{\"actual\": 7.5, \"verification\": {\"sampled\": 3, \"passed\": 3}}");

        assertThat(recorded.status()).as(recorded.json().toString()).isEqualTo(200);
        Map<String, JsonNode> edit = jira.edits().get("LM-2");
        assertThat(edit.get(InMemoryJira.fieldId(TrackerField.ACTUAL)).decimalValue()).isEqualByComparingTo("7.5");
        assertThat(edit.get(InMemoryJira.fieldId(TrackerField.SAMPLED)).asInt()).isEqualTo(3);
        assertThat(edit.get(InMemoryJira.fieldId(TrackerField.PASSED)).asInt()).isEqualTo(3);
        assertThat(edit.get(InMemoryJira.fieldId(TrackerField.VERIFIER)).isNull()).as("the old verifier goes").isTrue();
        assertThat(edit.get(InMemoryJira.fieldId(TrackerField.VERIFICATION_NOTE)).isNull()).isTrue();
        assertThat(edit).hasSize(5);
    }

    @Test
    void jirasRefusalsKeepTheirMeaning() throws Exception {
        serve("project = LM");
        jira.fail("editIssue", 403);
        Answer forbidden = post(REST + "/checkpoints/LM-2/actual", "{\"actual\": 7}");
        jira.fail("editIssue", 404);
        Answer gone = post(REST + "/checkpoints/LM-2/actual", "{\"actual\": 7}");

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(gone.status()).isEqualTo(404);
    }

    @Test
    void theViewerSwitchShowsTheTokensUser() throws Exception {
        serve("project = LM");

        Answer people = get(REST + "/people");

        assertThat(people.json().get("people")).hasSize(1);
        assertThat(people.json().get("people").get(0).get("id").asText()).isEqualTo("yang.fan");
        assertThat(jira.calls("search")).isZero();
    }
}
