package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Re-runs: a complete import is a no-op the second time; an interrupted one is completed, nothing twice. */
class ReRunTest {

    private final Workspace sample = TestWorkspaces.sample();

    @Test
    void secondRunMakesNoMutatingCallAndReportsEverythingAsExisting() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        ImportReport first = Imports.run(jira, sample);
        long callsBefore = jira.calls().size();
        long mutatingBefore = jira.mutatingCalls();

        ImportReport second = Imports.run(jira, sample);

        assertThat(jira.mutatingCalls()).isEqualTo(mutatingBefore);
        assertThat(jira.calls().subList((int) callsBefore, jira.calls().size()))
                .containsExactly("flavor", "issueTypes", "linkTypes", "fields", "search");
        assertThat(second.complete()).isTrue();
        assertThat(second.createdCount()).isZero();
        assertThat(second.existingCount()).isEqualTo(sample.items().size());
        assertThat(second.keys()).extracting(KeyMapping::jiraKey)
                .containsExactlyElementsOf(first.keys().stream().map(KeyMapping::jiraKey).toList());
        assertThat(second.provisioned()).isEmpty();
        assertThat(jira.issues()).hasSize(sample.items().size());
    }

    @Test
    void failureInWaveTwoStopsThereReportsItAndAReRunCompletesToTheStateOfACleanImport() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        jira.troubleOnCreateCall(2, new FakeJira.CreateTrouble(Set.of(0), Set.of(), Set.of(), false));
        List<List<Item>> waves = Imports.plan(new FakeJira(JiraFlavor.DATA_CENTER), sample).waves();
        String refused = waves.get(1).get(0).key();

        ImportReport broken = Imports.run(jira, sample);

        assertThat(broken.complete()).isFalse();
        assertThat(broken.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.reason()).isEqualTo(ImportFailure.Reason.CREATE_REFUSED);
            assertThat(failure.subject()).isEqualTo(refused);
            assertThat(failure.status()).isEqualTo(400);
            assertThat(failure.messages()).containsExactly("customfield_1: refused on purpose");
        });
        Set<String> laterWaves = waves.subList(2, waves.size()).stream().flatMap(List::stream).map(Item::key)
                .collect(Collectors.toSet());
        assertThat(broken.notAttempted()).as("in file order").containsExactlyElementsOf(sample.items().stream()
                .map(Item::key).filter(laterWaves::contains).toList());
        int createdSoFar = waves.get(0).size() + waves.get(1).size() - 1;
        assertThat(broken.keys()).hasSize(createdSoFar).allMatch(KeyMapping::created)
                .extracting(KeyMapping::workspaceKey).doesNotContain(refused);
        assertThat(jira.issues()).hasSize(createdSoFar);
        assertThat(jira.callsOf("createIssues")).isEqualTo(2);

        ImportReport resumed = Imports.run(jira, sample);

        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.existingCount()).isEqualTo(createdSoFar);
        assertThat(resumed.createdCount()).isEqualTo(sample.items().size() - createdSoFar);
        FakeJira clean = new FakeJira(JiraFlavor.DATA_CENTER);
        Imports.run(clean, sample);
        assertThat(new ReadBack(jira).items()).isEqualTo(new ReadBack(clean).items());
        assertThat(jira.issues()).hasSize(sample.items().size());
    }

    @Test
    void refusedReplanEditIsReportedAndRecordedByTheNextRunWithoutCreatingAnything() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        ImportPlan plan = Imports.plan(jira, sample);
        // LM-27 is the sample's re-baselined checkpoint; keys are given in creation order, so predict its key
        jira.refuseEditsOf(predictedKey(plan, "LM-27"));

        ImportReport broken = new JiraImporter(jira).execute(plan);

        assertThat(broken.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.reason()).isEqualTo(ImportFailure.Reason.REPLAN_REFUSED);
            assertThat(failure.subject()).isEqualTo("LM-27");
            assertThat(failure.jiraKey()).isEqualTo(predictedKey(plan, "LM-27"));
            assertThat(failure.messages()).containsExactly("duedate: refused on purpose");
        });
        assertThat(broken.keys()).extracting(KeyMapping::workspaceKey).contains("LM-27");
        jira.allowEdits();
        long createsBefore = jira.callsOf("createIssues");

        ImportPlan next = Imports.plan(jira, sample);
        assertThat(next.pendingReplans()).containsExactly("LM-27");
        ImportReport resumed = new JiraImporter(jira).execute(next);

        assertThat(resumed.complete()).isTrue();
        FakeJira clean = new FakeJira(JiraFlavor.DATA_CENTER);
        Imports.run(clean, sample);
        assertThat(new ReadBack(jira).items()).isEqualTo(new ReadBack(clean).items());
        assertThat(Imports.plan(jira, sample).pendingReplans()).as("recorded once, not again").isEmpty();
        assertThat(jira.callsOf("createIssues") - createsBefore)
                .as("only the waves left, none for what exists").isEqualTo(next.waves().size());
    }

    /** The fake numbers issues per project in creation order: waves in order, each in file order. */
    private static String predictedKey(ImportPlan plan, String workspaceKey) {
        List<String> order = plan.waves().stream().flatMap(List::stream).map(Item::key).toList();
        return plan.projectKey() + "-" + (order.indexOf(workspaceKey) + 1);
    }

    @Test
    void itemsAddedToTheFileAfterAnImportAreCreatedUnderTheExistingIssues() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        Workspace before = TestWorkspaces.of(TestWorkspaces.item("LM-1", ItemType.EPIC, null));
        Imports.run(jira, before);
        Workspace after = TestWorkspaces.of(before.items().get(0),
                TestWorkspaces.item("LM-2", ItemType.STORY, "LM-1"));

        ImportReport report = Imports.run(jira, after);

        assertThat(report.keys()).containsExactly(new KeyMapping("LM-1", "LM-1", false),
                new KeyMapping("LM-2", "LM-2", true));
        assertThat(jira.byWorkspaceKey("LM-2").epicKey).isEqualTo("LM-1");
        assertThat(jira.issues()).hasSize(2);
    }
}
