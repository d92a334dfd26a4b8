package com.lastmile.connector.jira.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped sample put into Jira and loaded back evaluates exactly as the file does (DESIGN.md: all adapters
 * produce the same evaluation for the same data). Jira itself decides visibility, so both sides use the viewer who
 * may browse everything and the file's {@code visibleTo} is left aside.
 */
class SampleRoundTripTest {

    private static final Path SAMPLE = Path.of("../samples/sample-workspace.yaml");
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 29);

    @ParameterizedTest(name = "cloud = {0}")
    @ValueSource(booleans = {true, false})
    void theSampleLoadedFromJiraEvaluatesAsTheFile(boolean cloud) {
        Workspace file = new WorkspaceReader().read(SAMPLE);
        assertThat(file.settings()).as("the loader uses the default settings, as the sample does")
                .isEqualTo(Settings.defaults());
        FakeJira jira = new FakeJira();
        WorkspaceIssues.put(file, jira, cloud);

        Workspace loaded = new JiraTreeLoader(jira, IssueTypeMapping.standard()).load("project = LM");

        assertThat(loaded.items()).isEqualTo(withoutVisibility(file.items()));
        Evaluation expected = Evaluator.evaluate(Scope.everything(file), AS_OF);
        Evaluation actual = Evaluator.evaluate(Scope.everything(loaded), AS_OF);
        assertThat(actual.findings()).isNotEmpty().isEqualTo(expected.findings());
        assertThat(actual.items()).isEqualTo(expected.items().stream().map(r -> new ItemResult(
                withoutVisibility(r.item()), r.progress(), r.achievement(), r.stretchAchievement(), r.trend(),
                r.explanation(), r.scopeParent())).toList());
        assertThat(actual.checkpoints()).isEqualTo(expected.checkpoints().stream().map(c -> new CheckpointResult(
                withoutVisibility(c.item()), c.goal(), c.state(), c.deviation(), c.band(), c.rebaselined(),
                c.originalDeviation(), c.originalBand())).toList());
        assertThat(jira.totalCalls()).isEqualTo(4);
    }

    private static List<Item> withoutVisibility(List<Item> items) {
        return items.stream().map(SampleRoundTripTest::withoutVisibility).toList();
    }

    private static Item withoutVisibility(Item item) {
        return new Item(item.key(), item.type(), item.summary(), item.parent(), item.status(), item.statusCategory(),
                item.weight(), item.points(), item.due(), item.raci(), item.metric(), item.checkpoint(), List.of());
    }
}
