package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.connector.jira.api.NewIssue;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Workspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleImportTest {

    private final Workspace sample = TestWorkspaces.sample();

    @ParameterizedTest
    @EnumSource(JiraFlavor.class)
    void everyItemOfTheSampleReadsBackAsInTheFileWithItsParentLink(JiraFlavor flavor) {
        FakeJira jira = new FakeJira(flavor).withStoryPoints("Story Points");

        ImportReport report = Imports.run(jira, sample);

        assertThat(report.complete()).as(report.failures().toString()).isTrue();
        assertThat(report.createdCount()).isEqualTo(sample.items().size());
        assertThat(jira.issues()).hasSize(sample.items().size());
        Map<String, Item> readBack = new ReadBack(jira).items();
        for (Item item : sample.items()) {
            assertThat(readBack.get(item.key())).as(item.key()).isEqualTo(ReadBack.expected(item, true));
        }
    }

    @Test
    void noItemIsSentBeforeItsParentOrBeforeTheCheckpointItCorrects() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        Imports.run(jira, sample);

        Map<String, Integer> call = Imports.callOfEachItem(jira);
        assertThat(call).hasSize(sample.items().size());
        for (Item item : sample.items()) {
            if (item.parent() != null) {
                assertThat(call.get(item.parent())).as(item.key()).isLessThan(call.get(item.key()));
            }
            if (item.checkpoint() != null) {
                item.checkpoint().actions().forEach(action ->
                        assertThat(call.get(item.key())).as(action).isLessThan(call.get(action)));
            }
        }
    }

    @Test
    void theCorrectiveActionContributesToItsCampaignAndToItsCheckpoint() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER);
        ImportReport report = Imports.run(jira, sample);
        Map<String, String> keys = jiraKeys(report);

        assertThat(jira.contributesTo(keys.get("LM-9"))).containsExactly(keys.get("LM-4"), keys.get("LM-5"));
        NewIssue checkpoint = draftOf(jira, "LM-5");
        assertThat(checkpoint.parentKey()).isEqualTo(keys.get("LM-4"));
        assertThat(checkpoint.contributesTo()).isEmpty();
        NewIssue story = draftOf(jira, "LM-10");
        assertThat(story.epicKey()).isEqualTo(keys.get("LM-9"));
        assertThat(story.contributesTo()).isEmpty();
        NewIssue subTask = draftOf(jira, "LM-20");
        assertThat(subTask.parentKey()).isEqualTo(keys.get("LM-19"));
    }

    /**
     * The sample's calls on a fresh Data Center site: 5 reads (flavor, issue types, link types, fields, search),
     * provisioning (5 issue types, 1 link type, 17 fields and the import key field, each added to the default
     * screen), one bulk create per wave, one edit for its re-baselined checkpoint.
     */
    @Test
    void importingTheSampleTakesFiveReadsProvisioningOneCreatePerWaveAndOneEdit() {
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER).withStoryPoints("Story Points");
        ImportPlan plan = Imports.plan(jira, sample);
        int waves = plan.waves().size();
        new JiraImporter(jira).execute(plan);

        assertThat(waves).isEqualTo(6);
        assertThat(jira.calls()).hasSize(5 + 5 + 1 + 2 * (17 + 1) + waves + 1);
        assertThat(jira.callsOf("createIssues")).isEqualTo(waves);
        assertThat(jira.createCalls().stream().mapToInt(List::size).sum()).isEqualTo(sample.items().size());
        assertThat(jira.callsOf("editIssue")).isOne();
        assertThat(jira.callsOf("search")).isOne();
        assertThat(jira.callsOf("link") + jira.callsOf("setProperty")).as("links and markers go with the create")
                .isZero();
    }

    private static Map<String, String> jiraKeys(ImportReport report) {
        return report.keys().stream().collect(java.util.stream.Collectors.toMap(KeyMapping::workspaceKey,
                KeyMapping::jiraKey));
    }

    private static NewIssue draftOf(FakeJira jira, String workspaceKey) {
        return jira.createCalls().stream().flatMap(List::stream)
                .filter(d -> workspaceKey.equals(ImportMarker.workspaceKey(d.properties().get(ImportMarker.PROPERTY))))
                .findFirst().orElseThrow();
    }
}
