package com.lastmile.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.app.serve.PreviewClient.Answer;
import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Workspace;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    private static final String REST = "/rest/lastmile/1.0";
    private static final Clock TOUR_DAY = Clock.fixed(LocalDate.of(2026, 6, 29).atStartOfDay()
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private PreviewServer server;
    private PreviewClient client;

    private Path serve(Path workspace) throws IOException {
        server = PreviewServer.start(WorkspaceStore.open(workspace),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Locale.ENGLISH, TOUR_DAY);
        client = new PreviewClient(server.port());
        return workspace;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static BigDecimalText actualIn(Path file, String key) {
        Workspace workspace = new WorkspaceReader().read(file);
        Item item = workspace.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
        return new BigDecimalText(item.checkpoint().actual() == null ? null : item.checkpoint().actual().toPlainString());
    }

    /** An actual as text, null when none is recorded. */
    private record BigDecimalText(String value) {
    }

    @Test
    void servesTheDashboardPageAndTheGadgetFilesWithTheirTypes() throws IOException {
        serve(SampleCopy.in(dir));
        Answer page = client.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(page.body()).isEqualTo(resource("preview/index.html"));
        Answer css = client.get("/static/lastmile/css/lastmile.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).isEqualTo("text/css; charset=UTF-8");
        Answer script = client.get("/static/lastmile/gadget/common.js");
        assertThat(script.contentType()).isEqualTo("text/javascript; charset=UTF-8");
        assertThat(script.body()).isEqualTo(resource("lastmile/gadget/common.js"));
    }

    private static String resource(String name) throws IOException {
        try (var in = PreviewServerTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void neverServesAnythingOutsideTheStaticFolders() throws IOException {
        serve(SampleCopy.in(dir));
        for (String path : List.of("/static/lastmile/../preview/index.html", "/static/lastmile/%2e%2e/preview/index.html",
                "/static/lastmile/gadget/..%2F..%2Fpreview%2Findex.html", "/static/lastmile/", "/static/lastmile/gadget",
                "/static/lastmile/%5c..%5cpreview%5cindex.html", "/..%2Fsamples/sample-workspace.yaml",
                "/samples/sample-workspace.yaml", "/com/lastmile/app/LastMile.class", "/static/lastmilex/css/lastmile.css",
                "/static/lastmile/css/.hidden.css", "/META-INF/MANIFEST.MF")) {
            assertThat(client.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(client.method("POST", "/index.html").status()).isEqualTo(405);
    }

    @Test
    void listsThePeopleForTheViewerSwitch() throws IOException {
        serve(SampleCopy.in(dir));
        JsonNode people = client.get(REST + "/people", "lastmile-viewer=li.ming").json();
        assertThat(people.get("viewer").asText()).isEqualTo("li.ming");
        assertThat(people.get("people").size()).isEqualTo(15);
        assertThat(people.get("people").get(0).get("id").asText()).isEqualTo("zhou.jianguo");
        assertThat(people.get("people").get(0).get("name").asText()).isEqualTo("周建国");
        assertThat(people.get("people").get(6).get("active").asBoolean()).isFalse();
    }

    @Test
    void theViewerAndTheLanguageComeFromCookies() throws IOException {
        serve(SampleCopy.in(dir));
        JsonNode tree = client.get(REST + "/tree?limit=2", "lastmile-viewer=wang.fang", "lastmile-locale=zh_CN").json();
        assertThat(tree.get("viewer").asText()).isEqualTo("wang.fang");
        assertThat(tree.get("hidden").asInt()).isEqualTo(6);
        assertThat(tree.get("items").get(0).get("typeName").asText()).isEqualTo("战略目标");
        assertThat(client.get(REST + "/tree?limit=1", "lastmile-viewer=").json().get("viewer").isNull()).isTrue();
        assertThat(client.get(REST + "/tree?limit=1", "lastmile-viewer=zhou%2Ejianguo").json().get("viewer").asText())
                .isEqualTo("zhou.jianguo");
    }

    @Test
    void anUnknownViewerIsA400NamingViewer() throws IOException {
        serve(SampleCopy.in(dir));
        Answer answer = client.get(REST + "/tree", "lastmile-viewer=mallory");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo("viewer");
        assertThat(answer.json().get("message").asText()).isEqualTo(
                "Unknown viewer \"mallory\": not among the workspace's people.");
        assertThat(client.get(REST + "/tree", "lastmile-locale=fr").json().get("parameter").asText())
                .isEqualTo("locale");
        assertThat(client.get(REST + "/tree?jql=project%3DLM").json().get("parameter").asText()).isEqualTo("jql");
    }

    @Test
    void aRecordingChangesTheFileAtomicallyAndTheNextAnswersReflectIt() throws IOException {
        Path file = serve(SampleCopy.in(dir));
        Answer recorded = client.postJson(REST + "/checkpoints/LM-77/actual",
                "{\"actual\": 4700.5, \"verification\": {\"sampled\": 3, \"passed\": 3, \"by\": \"yang.fan\"}}",
                "lastmile-viewer=he.jing");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("state").asText()).isEqualTo("VERIFIED");
        assertThat(actualIn(file, "LM-77").value()).isEqualTo("4700.5");
        JsonNode listed = client.get(REST + "/checkpoints?from=2026-06-30&to=2026-06-30&band=NORMAL").json();
        assertThat(listed.get("checkpoints")).extracting(c -> c.get("key").asText()).contains("LM-77");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aRefusedRecordingLeavesTheFileAsItWas() throws IOException {
        Path file = serve(SampleCopy.in(dir));
        byte[] before = Files.readAllBytes(file);
        for (String body : List.of("{\"actual\": ", "{\"actual\": 1, \"extra\": 2}", "{\"actual\": 1e99}",
                "{\"actual\": 1, \"verification\": {\"sampled\": 1, \"passed\": 2}}")) {
            assertThat(client.postJson(REST + "/checkpoints/LM-77/actual", body).status()).as(body).isEqualTo(400);
        }
        assertThat(client.postJson(REST + "/checkpoints/LM-77/actual", "{\"actual\": 1}", "lastmile-viewer=li.ming")
                .status()).isEqualTo(403);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFailedWriteIsA500AndChangesNeitherTheFileNorTheAnswers() throws IOException {
        Path file = serve(SampleCopy.unwritable(dir));
        byte[] before = Files.readAllBytes(file);
        Answer refused = client.postJson(REST + "/checkpoints/LM-77/actual", "{\"actual\": 1}");
        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.contentType()).matches("(?i)application/json; ?charset=UTF-8");
        assertThat(refused.json().get("message").asText()).startsWith("The change could not be saved");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        JsonNode lm77 = client.get(REST + "/checkpoints?from=2026-06-30&to=2026-06-30&state=PENDING").json();
        assertThat(lm77.toString()).contains("\"LM-77\"");
    }

    @Test
    void concurrentRecordingsOverHttpAreAllKept() throws Exception {
        Path file = serve(SampleCopy.in(dir));
        List<String> keys = List.of("LM-3", "LM-7", "LM-8", "LM-32", "LM-33", "LM-55", "LM-77", "LM-86");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(keys.size());
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                String path = REST + "/checkpoints/" + keys.get(i) + "/actual";
                String body = "{\"actual\": " + (100 + i) + "}";
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.postJson(path, body);
                }));
            }
            start.countDown();
            for (Future<Answer> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < keys.size(); i++) {
            assertThat(actualIn(file, keys.get(i)).value()).as(keys.get(i)).isEqualTo(String.valueOf(100 + i));
        }
    }

    @Test
    void restErrorsAreJsonEvenForUnknownPaths() throws IOException {
        serve(SampleCopy.in(dir));
        Answer answer = client.get(REST + "/nothing");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void closeStopsListening() throws IOException {
        serve(SampleCopy.in(dir));
        int port = server.port();
        server.close();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
    }
}
