package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Resumed imports whose new checkpoints are corrected by actions an earlier run created: the create cannot carry
 * those links (they start at the action), so each is one {@code link} call after the checkpoint's wave.
 */
class ActionLinkTest {

    private static final Item CAMPAIGN = TestWorkspaces.item("LM-1", ItemType.CAMPAIGN, null);
    private static final Item ACTION = TestWorkspaces.item("LM-2", ItemType.EPIC, "LM-1");
    private static final Workspace BEFORE = TestWorkspaces.of(CAMPAIGN, ACTION);
    private static final Workspace AFTER = TestWorkspaces.of(CAMPAIGN, ACTION,
            TestWorkspaces.checkpoint("LM-3", "LM-1", "10", List.of("LM-2")),
            TestWorkspaces.checkpoint("LM-4", "LM-1", "20", List.of("LM-2")));

    private final FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);

    @Test
    void newCheckpointsAreLinkedFromTheExistingActionOneCallEachAfterTheirWave() {
        Imports.run(jira, BEFORE);
        int callsBefore = jira.calls().size();

        ImportPlan plan = Imports.plan(jira, AFTER);
        ImportReport report = new JiraImporter(jira).execute(plan);

        List<ActionLink> expected = List.of(new ActionLink("LM-2", "LM-3"), new ActionLink("LM-2", "LM-4"));
        assertThat(plan.links()).isEqualTo(expected);
        assertThat(report.complete()).as(report.failures().toString()).isTrue();
        assertThat(report.linked()).isEqualTo(expected);
        assertThat(jira.calls().subList(callsBefore, jira.calls().size()))
                .filteredOn(FakeJira.MUTATING::contains).containsExactly("createIssues", "link", "link");
        Map<String, String> jiraKeys = jiraKeys(report);
        assertThat(jira.contributesTo(jiraKeys.get("LM-2")))
                .containsExactly(jiraKeys.get("LM-1"), jiraKeys.get("LM-3"), jiraKeys.get("LM-4"));
        FakeJira clean = new FakeJira(JiraFlavor.DATA_CENTER);
        Imports.run(clean, AFTER);
        assertThat(clean.callsOf("link")).as("an action created with its checkpoints links in its create").isZero();
        assertThat(new ReadBack(jira).items()).isEqualTo(new ReadBack(clean).items());
    }

    @Test
    void aRefusedLinkIsAFailureInJirasWordsAndTheNextRunMakesIt() {
        Imports.run(jira, BEFORE);
        jira.refuseLinks();

        ImportReport broken = Imports.run(jira, AFTER);

        assertThat(broken.complete()).isFalse();
        assertThat(broken.linked()).isEmpty();
        assertThat(broken.failures()).hasSize(2).allSatisfy(failure -> {
            assertThat(failure.reason()).isEqualTo(ImportFailure.Reason.LINK_REFUSED);
            assertThat(failure.status()).isEqualTo(403);
            assertThat(failure.messages()).containsExactly("You do not have the permission to link issues.");
        }).extracting(ImportFailure::subject).containsExactly("LM-2 → LM-3", "LM-2 → LM-4");
        assertThat(broken.keys()).extracting(KeyMapping::workspaceKey).contains("LM-3", "LM-4");
        jira.allowLinks();
        int callsBefore = jira.calls().size();

        ImportPlan next = Imports.plan(jira, AFTER);
        ImportReport resumed = new JiraImporter(jira).execute(next);

        assertThat(next.waves()).isEmpty();
        assertThat(next.links()).containsExactly(new ActionLink("LM-2", "LM-3"), new ActionLink("LM-2", "LM-4"));
        assertThat(resumed.complete()).isTrue();
        assertThat(resumed.linked()).isEqualTo(next.links());
        assertThat(jira.calls().subList(callsBefore, jira.calls().size()))
                .filteredOn(FakeJira.MUTATING::contains).containsExactly("link", "link");
        long mutating = jira.mutatingCalls();
        assertThat(Imports.plan(jira, AFTER).links()).as("made once, not again").isEmpty();
        Imports.run(jira, AFTER);
        assertThat(jira.mutatingCalls()).isEqualTo(mutating);
    }

    @Test
    void anActionAddedToTheFileForACheckpointAlreadyInJiraIsLinkedBeforeTheWaves() {
        Workspace withoutAction = TestWorkspaces.of(CAMPAIGN, ACTION,
                TestWorkspaces.checkpoint("LM-3", "LM-1", "10", List.of()));
        Imports.run(jira, withoutAction);
        int callsBefore = jira.calls().size();
        Workspace withAction = TestWorkspaces.of(CAMPAIGN, ACTION,
                TestWorkspaces.checkpoint("LM-3", "LM-1", "10", List.of("LM-2")),
                TestWorkspaces.item("LM-4", ItemType.STORY, "LM-2"));

        ImportReport report = Imports.run(jira, withAction);

        assertThat(report.complete()).isTrue();
        assertThat(report.createdCount()).isOne();
        assertThat(report.linked()).containsExactly(new ActionLink("LM-2", "LM-3"));
        assertThat(jira.calls().subList(callsBefore, jira.calls().size()))
                .filteredOn(FakeJira.MUTATING::contains).containsExactly("link", "createIssues");
        assertThat(new ReadBack(jira).items().get("LM-3").checkpoint().actions()).containsExactly("LM-2");
    }

    private static Map<String, String> jiraKeys(ImportReport report) {
        return report.keys().stream().collect(Collectors.toMap(KeyMapping::workspaceKey, KeyMapping::jiraKey));
    }
}
