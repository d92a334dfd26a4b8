package com.lastmile.connector.jira.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.JiraConnection;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.connector.jira.http.Credentials;
import com.lastmile.connector.jira.http.HttpJiraTransport;
import com.lastmile.connector.jira.http.JiraSite;
import com.lastmile.connector.jira.http.JiraTransport;
import com.lastmile.connector.jira.importer.ImportReport;
import com.lastmile.connector.jira.importer.JiraImporter;
import com.lastmile.connector.jira.importer.KeyMapping;
import com.lastmile.connector.jira.load.IssueTypeMapping;
import com.lastmile.connector.jira.load.JiraTreeLoader;
import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole connector over real HTTP: {@code import} puts the shipped sample into a (fake) Jira, {@code audit}'s
 * loader reads it back, and the evaluation equals the file's. A second import changes nothing. Jira assigns its
 * own keys, so the loaded items are renamed back through the import report before comparing; statuses are moved
 * by the test, since the importer does not run workflows.
 */
class ImportThenAuditOverHttpTest {

    private static final Path SAMPLE = Path.of("../samples/sample-workspace.yaml");
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 29);

    @ParameterizedTest
    @EnumSource(JiraFlavor.class)
    void theSampleImportedAndLoadedBackEvaluatesAsTheFile(JiraFlavor flavor) {
        Workspace file = new WorkspaceReader().read(SAMPLE);
        try (FakeJiraServer jira = FakeJiraServer.start(flavor);
             JiraTransport transport = HttpJiraTransport.create(JiraSite.of(jira.url()), credentials(flavor))) {
            file.people().forEach(p -> jira.state().addUser(p.id(), p.name(), p.active()));
            JiraApi api = JiraConnection.open(transport);
            JiraImporter importer = new JiraImporter(api);

            ImportReport report = importer.execute(importer.plan(file, null, SAMPLE.toString()));

            assertThat(report.complete()).as("import of the sample completes: %s", report.failures()).isTrue();
            assertThat(report.createdCount()).isEqualTo(file.items().size());
            Map<String, String> jiraToFile = report.keys().stream()
                    .collect(Collectors.toMap(KeyMapping::jiraKey, KeyMapping::workspaceKey));
            moveStatuses(jira.state(), file, report);

            Workspace loaded = new JiraTreeLoader(api, IssueTypeMapping.standard()).load("project = LM");

            Workspace renamed = new Workspace(loaded.settings(), loaded.people(),
                    loaded.items().stream().map(item -> renamed(item, jiraToFile)).toList());
            Evaluation expected = Evaluator.evaluate(Scope.everything(withoutVisibility(file)), AS_OF);
            Evaluation actual = Evaluator.evaluate(Scope.everything(renamed), AS_OF);
            assertThat(sorted(actual.findings())).isNotEmpty().isEqualTo(sorted(expected.findings()));
            assertThat(byKey(actual)).isEqualTo(byKey(expected));

            jira.clearRequests();
            ImportReport again = importer.execute(importer.plan(file, null, SAMPLE.toString()));
            assertThat(again.createdCount()).isZero();
            assertThat(jira.requests()).as("a re-run only reads")
                    .allMatch(call -> call.startsWith("GET ") || call.contains("/search"));
        }
    }

    private static Credentials credentials(JiraFlavor flavor) {
        return flavor == JiraFlavor.CLOUD ? new Credentials.ApiToken("pmo@example.com", "api-token")
                : new Credentials.PersonalAccessToken("personal-access-token");
    }

    /** Jira's workflow is not part of the import: the test moves each issue as the team would have. */
    private static void moveStatuses(JiraState state, Workspace file, ImportReport report) {
        Map<String, Item> byKey = file.items().stream().collect(Collectors.toMap(Item::key, item -> item));
        for (KeyMapping mapping : report.keys()) {
            Item item = byKey.get(mapping.workspaceKey());
            if (item.status() != null) {
                state.issue(mapping.jiraKey()).setStatus(item.status(), categoryKey(item.statusCategory()));
            }
        }
    }

    private static String categoryKey(StatusCategory category) {
        return switch (category) {
            case DONE -> "done";
            case IN_PROGRESS -> "indeterminate";
            case TODO -> "new";
        };
    }

    private static Item renamed(Item item, Map<String, String> jiraToFile) {
        CheckpointData checkpoint = item.checkpoint();
        if (checkpoint != null) {
            checkpoint = new CheckpointData(checkpoint.planned(), checkpoint.actual(), checkpoint.original(),
                    checkpoint.verification(), checkpoint.cause(),
                    checkpoint.actions().stream().map(jiraToFile::get).sorted().toList());
        }
        return new Item(jiraToFile.get(item.key()), item.type(), item.summary(),
                item.parent() == null ? null : jiraToFile.getOrDefault(item.parent(), item.parent()), item.status(),
                item.statusCategory(), item.weight(), item.points(), item.due(), item.raci(), item.metric(),
                checkpoint, List.of());
    }

    private static Workspace withoutVisibility(Workspace file) {
        return new Workspace(file.settings(), file.people(), file.items().stream()
                .map(item -> new Item(item.key(), item.type(), item.summary(), item.parent(), item.status(),
                        item.statusCategory(), item.weight(), item.points(), item.due(), item.raci(), item.metric(),
                        item.checkpoint() == null ? null : new CheckpointData(item.checkpoint().planned(),
                                item.checkpoint().actual(), item.checkpoint().original(),
                                item.checkpoint().verification(), item.checkpoint().cause(),
                                item.checkpoint().actions().stream().sorted().toList()),
                        List.of()))
                .toList());
    }

    private static List<String> sorted(List<?> values) {
        return values.stream().map(Object::toString).sorted().toList();
    }

    /** Progress, achievement and trend per item, and state and band per checkpoint, in key order. */
    private static List<String> byKey(Evaluation evaluation) {
        return Stream.concat(
                evaluation.items().stream().map(r -> r.item().key() + " progress=" + r.progress()
                        + " achievement=" + r.achievement() + " trend=" + r.trend()),
                evaluation.checkpoints().stream().map(c -> c.item().key() + " " + c.state() + " " + c.deviation()
                        + " " + c.band() + " rebaselined=" + c.rebaselined() + " original=" + c.originalBand()))
                .sorted().toList();
    }
}
