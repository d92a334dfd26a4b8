package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A create without an answer is never resent: one search tells what Jira did. */
class UnknownOutcomeTest {

    /** Wave 1: the epic; wave 2: the three stories. */
    private final Workspace workspace = TestWorkspaces.of(
            TestWorkspaces.item("LM-1", ItemType.EPIC, null),
            TestWorkspaces.item("LM-2", ItemType.STORY, "LM-1"),
            TestWorkspaces.item("LM-3", ItemType.STORY, "LM-1"),
            TestWorkspaces.item("LM-4", ItemType.STORY, "LM-1"));

    @Test
    void unansweredDraftsAreLookedUpOnceAndOnlyThoseJiraDidNotCreateAreReported() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        // LM-2 was created but its answer was lost; LM-3 never arrived
        jira.troubleOnCreateCall(2, new FakeJira.CreateTrouble(Set.of(), Set.of(0), Set.of(1), false));

        ImportReport report = Imports.run(jira, workspace);

        assertThat(jira.callsOf("search")).isEqualTo(2);
        assertThat(jira.callsOf("createIssues")).as("never resent").isEqualTo(2);
        assertThat(report.keys()).extracting(KeyMapping::workspaceKey).containsExactly("LM-1", "LM-2", "LM-4");
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.reason()).isEqualTo(ImportFailure.Reason.NOT_CREATED);
            assertThat(failure.subject()).isEqualTo("LM-3");
        });
        assertThat(report.complete()).isFalse();

        ImportReport reRun = Imports.run(jira, workspace);

        assertThat(reRun.complete()).isTrue();
        assertThat(reRun.keys()).filteredOn(KeyMapping::created).extracting(KeyMapping::workspaceKey)
                .containsExactly("LM-3");
        assertThat(jira.issues()).as("nothing twice").hasSize(4);
    }

    @Test
    void aCreateCallThatFailsAfterCreatingSomeIsReconciledTheSameWay() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        jira.troubleOnCreateCall(2, new FakeJira.CreateTrouble(Set.of(), Set.of(), Set.of(2), true));

        ImportReport report = Imports.run(jira, workspace);

        assertThat(report.keys()).extracting(KeyMapping::workspaceKey).containsExactly("LM-1", "LM-2", "LM-3");
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.reason()).isEqualTo(ImportFailure.Reason.NOT_CREATED);
            assertThat(failure.subject()).isEqualTo("LM-4");
            assertThat(failure.messages()).containsExactly("POST /rest/api/2/issue/bulk failed: Connection reset");
        });
        assertThat(jira.issues()).hasSize(3);
    }

    @Test
    void whenTheCheckingSearchFailsTooTheOutcomeStaysUnknownAndTheNextRunFindsTheIssue() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        jira.troubleOnCreateCall(2, new FakeJira.CreateTrouble(Set.of(), Set.of(0), Set.of(), false));
        jira.failSearch(2);

        ImportReport report = Imports.run(jira, workspace);

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.reason()).isEqualTo(ImportFailure.Reason.OUTCOME_UNKNOWN);
            assertThat(failure.subject()).isEqualTo("LM-2");
            assertThat(failure.status()).isZero();
        });
        assertThat(report.keys()).extracting(KeyMapping::workspaceKey).containsExactly("LM-1", "LM-3", "LM-4");

        ImportReport reRun = Imports.run(jira, workspace);

        assertThat(reRun.complete()).isTrue();
        assertThat(reRun.createdCount()).isZero();
        assertThat(jira.issues()).hasSize(4);
        assertThat(reRun.keys()).extracting(KeyMapping::jiraKey).doesNotHaveDuplicates()
                .containsAll(List.of("LM-1", "LM-2", "LM-3", "LM-4"));
    }
}
