package com.lastmile.connector.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceReaderTest {

    private final WorkspaceReader reader = new WorkspaceReader();

    @Test
    void readsEveryFieldOfABlockStyleFile() throws Exception {
        Workspace workspace = reader.read(resource("block-style.yaml"));

        assertThat(workspace.settings()).isEqualTo(new Settings(new BigDecimal("4.5"), new BigDecimal("20"),
                EnumSet.of(ItemType.STRATEGIC_GOAL, ItemType.EPIC), 7));
        assertThat(workspace.people()).containsExactly(
                new Person("ceo", "王总", true), new Person("li.ming", "李明", true), new Person("pm", "pm", true),
                new Person("sales.head", "sales.head", false), new Person("finance", "finance", true),
                new Person("all.staff", "all.staff", true));
        assertThat(workspace.items()).extracting(Item::key).containsExactly("LM-1", "LM-2", "LM-3", "LM-4", "LM-5", "LM-6");

        Item goal = workspace.items().get(0);
        assertThat(goal.type()).isEqualTo(ItemType.STRATEGIC_GOAL);
        assertThat(goal.summary()).isEqualTo("新业务线年度签约50家");
        assertThat(goal.parent()).isNull();
        assertThat(goal.status()).isEqualTo("In Progress");
        assertThat(goal.statusCategory()).isEqualTo(StatusCategory.IN_PROGRESS);
        assertThat(goal.raci()).isEqualTo(new Raci(List.of("sales.head"), List.of("ceo"), List.of("finance"),
                List.of("all.staff")));
        assertThat(goal.metric()).isEqualTo(new Metric("签约客户", "家", Direction.INCREASE, new BigDecimal("0"),
                new BigDecimal("50"), new BigDecimal("60"), new BigDecimal("22.50"), true));
        assertThat(goal.metric().actual().scale()).as("exact from the text, scale kept").isEqualTo(2);
        assertThat(goal.visibleTo()).containsExactly("ceo", "li.ming");
        assertThat(goal.checkpoint()).isNull();

        Item checkpoint = workspace.items().get(1);
        assertThat(checkpoint.type()).isEqualTo(ItemType.CHECKPOINT);
        assertThat(checkpoint.parent()).isEqualTo("LM-1");
        assertThat(checkpoint.due()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(checkpoint.checkpoint()).isEqualTo(new CheckpointData(new BigDecimal("8"), new BigDecimal("6"),
                new OriginalPlan(new BigDecimal("10"), LocalDate.of(2026, 2, 28)),
                new Verification(5, 4, "li.ming", "抽查合同"), "行业客户决策链长", List.of("LM-3")));
        assertThat(checkpoint.metric()).isNull();

        Item epic = workspace.items().get(2);
        assertThat(epic.weight()).isEqualByComparingTo("2");
        assertThat(epic.due()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(epic.raci().accountable()).as("several Accountables load").containsExactly("pm", "ceo");
        assertThat(epic.raci().responsible()).as("a single id is a list of one").containsExactly("pm");
        assertThat(epic.raci().consulted()).isEmpty();
        assertThat(epic.statusCategory()).isEqualTo(StatusCategory.TODO);

        Item story = workspace.items().get(3);
        assertThat(story.points()).isEqualTo(new BigDecimal("3"));
        assertThat(story.weight()).isNull();
        assertThat(story.statusCategory()).as("inferred from Done").isEqualTo(StatusCategory.DONE);

        Item task = workspace.items().get(4);
        assertThat(task.parent()).as("a parent defined later in the file").isEqualTo("LM-6");
        assertThat(task.status()).isEqualTo("Waiting for customer");
        assertThat(task.statusCategory()).as("given, not inferred").isEqualTo(StatusCategory.IN_PROGRESS);

        assertThat(workspace.items().get(5).summary()).isEqualTo("报价: 三档");
    }

    @Test
    void readsAFlowStyleFileToTheSameWorkspace() throws Exception {
        Workspace flow = reader.read(resource("flow-style.yaml"));

        assertThat(flow).isEqualTo(reader.read(resource("block-style.yaml")));
        assertThat(flow.items().get(0).metric().target()).isEqualTo(new BigDecimal("50"));
        assertThat(flow.items().get(1).checkpoint().verification()).isEqualTo(new Verification(5, 4, "li.ming", "抽查合同"));
    }

    @Test
    void appliesDefaultsForLeftOutParts() {
        Workspace workspace = read("""
                version: 1
                items:
                  - { key: LM-1, type: campaign }
                """);

        assertThat(workspace.settings()).isEqualTo(Settings.defaults());
        assertThat(workspace.people()).isEmpty();
        Item item = workspace.items().get(0);
        assertThat(item.type()).as("type names ignore case").isEqualTo(ItemType.CAMPAIGN);
        assertThat(item.summary()).isEmpty();
        assertThat(item.raci()).isNull();
        assertThat(item.visibleTo()).isEmpty();
        assertThat(item.statusCategory()).isEqualTo(StatusCategory.TODO);
    }

    @Test
    void keepsOnlyTheGivenPartOfTheSettings() {
        Workspace workspace = read("""
                version: 1
                settings: { deviation: { normal: 10 }, raci: { requiredOn: [] } }
                items: []
                """);

        assertThat(workspace.settings()).isEqualTo(new Settings(new BigDecimal("10"),
                Settings.DEFAULT_CONTROLLABLE_PERCENT, EnumSet.noneOf(ItemType.class), Settings.DEFAULT_ACCOUNTABLE_LIMIT));
        assertThat(workspace.items()).isEmpty();
    }

    @Test
    void readsNumbersExactlyFromTheirText() {
        Workspace workspace = read("""
                version: 1
                items:
                  - key: LM-1
                    type: Tactic
                    metric: { name: cost, direction: decrease, baseline: -0.5, target: 0.1, stretch: 1E-7, actual: 12345678901234567890.123456789 }
                """);

        Metric metric = workspace.items().get(0).metric();
        assertThat(metric.baseline()).isEqualTo(new BigDecimal("-0.5"));
        assertThat(metric.target()).as("0.1 is not a double here").isEqualTo(new BigDecimal("0.1"));
        assertThat(metric.stretch()).isEqualTo(new BigDecimal("1E-7"));
        assertThat(metric.actual()).isEqualTo(new BigDecimal("12345678901234567890.123456789"));
        assertThat(metric.additive()).isFalse();
    }

    @Test
    void takesAnyScalarAsTextAndKeepsItsSpelling() {
        Workspace workspace = read("""
                version: 1
                people: [ { id: 007, name: "True" } ]
                items: [ { key: 2026, type: Story, summary: 1.50, status: no } ]
                """);

        assertThat(workspace.people().get(0).id()).isEqualTo("007");
        assertThat(workspace.people().get(0).name()).isEqualTo("True");
        Item item = workspace.items().get(0);
        assertThat(item.key()).isEqualTo("2026");
        assertThat(item.summary()).isEqualTo("1.50");
        assertThat(item.status()).as("'no' is text, not a YAML 1.1 boolean").isEqualTo("no");
    }

    @Test
    void leavesUnknownRaciPeopleToTheEngine() {
        Workspace workspace = read("""
                version: 1
                items: [ { key: LM-1, type: Epic, raci: { A: nobody, R: [ghost] } } ]
                """);

        assertThat(workspace.items().get(0).raci().soleAccountable()).isEqualTo("nobody");
    }

    @Test
    void skipsAByteOrderMark() {
        assertThat(read("\uFEFFversion: 1\nitems: []\n").items()).isEmpty();
    }

    private Workspace read(String yaml) {
        return reader.read(new StringReader(yaml), "test.yaml");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WorkspaceReaderTest.class.getResource("/workspace/" + name).toURI());
    }
}
