package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.connector.jira.api.NewIssue;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A re-baselined checkpoint is created with its original plan and edited to the current one. */
class ReplanTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 30);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 31);

    private final Workspace workspace = TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.TACTIC, null),
            checkpoint("LM-2", "3", MAY, new OriginalPlan(new BigDecimal("4"), APRIL)),
            checkpoint("LM-3", "3", MAY, new OriginalPlan(new BigDecimal("3.0"), MAY)),
            checkpoint("LM-4", "5", APRIL, new OriginalPlan(new BigDecimal("5"), MAY)));

    private static Item checkpoint(String key, String planned, LocalDate due, OriginalPlan original) {
        return Item.builder(key, ItemType.CHECKPOINT).summary("Checkpoint " + key).parent("LM-1").due(due)
                .checkpoint(new CheckpointData(new BigDecimal(planned), null, original, null, null, List.of())).build();
    }

    @Test
    void createdWithTheOriginalPlanThenOneEditToTheCurrentOne() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);

        Imports.run(jira, workspace);

        NewIssue draft = jira.createCalls().get(1).get(0);
        assertThat(draft.due()).isEqualTo(APRIL);
        assertThat(draft.fields().get(jira.fieldId("Planned value")).decimalValue()).isEqualByComparingTo("4");
        FakeJira.Stored issue = jira.byWorkspaceKey("LM-2");
        assertThat(issue.due).isEqualTo(MAY);
        assertThat(issue.fields.get(jira.fieldId("Planned value")).decimalValue()).isEqualByComparingTo("3");
        List<ChangeEntry> log = jira.changelogs(List.of(issue.id)).get(issue.id);
        assertThat(log).singleElement().satisfies(entry -> assertThat(entry.items())
                .extracting(ChangeEntry.Item::field, ChangeEntry.Item::fromText, ChangeEntry.Item::toText)
                .containsExactlyInAnyOrder(tuple("Planned value", "4", "3"),
                        tuple("duedate", "2026-04-30", "2026-05-31")));
    }

    @Test
    void onlyWhatChangedIsEditedAndAnUnchangedOriginalIsNoReplan() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);

        Imports.run(jira, workspace);

        assertThat(jira.callsOf("editIssue")).as("LM-2 and LM-4; LM-3's original equals its plan").isEqualTo(2);
        FakeJira.Stored dueOnly = jira.byWorkspaceKey("LM-4");
        assertThat(jira.changelogs(List.of(dueOnly.id)).get(dueOnly.id)).singleElement()
                .satisfies(entry -> assertThat(entry.items()).extracting(ChangeEntry.Item::field)
                        .containsExactly("duedate"));
        assertThat(jira.changelogs(List.of(jira.byWorkspaceKey("LM-3").id)).get(jira.byWorkspaceKey("LM-3").id))
                .isEmpty();
        assertThat(new ReadBack(jira).items().get("LM-2").checkpoint().original())
                .isEqualTo(new OriginalPlan(new BigDecimal("4"), APRIL));
    }

    @Test
    void theDryRunNamesTheCheckpointsRecordedByAnEdit() {
        ImportPlan plan = Imports.plan(new FakeJira(JiraFlavor.DATA_CENTER), workspace);

        assertThat(plan.replansAfterCreation()).containsExactly("LM-2", "LM-4");
    }
}
