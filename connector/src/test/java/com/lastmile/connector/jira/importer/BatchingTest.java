package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.connector.jira.api.NewIssue;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One bulk create per wave, however many items: {@code createIssues} splits a wave into requests of
 * {@link JiraApi#BULK_CREATE_LIMIT}, so 120 stories cost one call here and three requests on the wire.
 */
class BatchingTest {

    @Test
    void aWaveOf120StoriesIsOneCreateCallWithAll120Drafts() {
        List<Item> items = new ArrayList<>();
        items.add(TestWorkspaces.item("LM-1", ItemType.EPIC, null));
        for (int i = 2; i <= 121; i++) {
            items.add(TestWorkspaces.item("LM-" + i, ItemType.STORY, "LM-1"));
        }
        FakeJira jira = new FakeJira(JiraFlavor.CLOUD);

        ImportReport report = Imports.run(jira, TestWorkspaces.of(items.toArray(Item[]::new)));

        assertThat(report.complete()).isTrue();
        assertThat(jira.createCalls()).extracting(List::size).containsExactly(1, 120);
        int requests = jira.createCalls().stream()
                .mapToInt(call -> (call.size() + JiraApi.BULK_CREATE_LIMIT - 1) / JiraApi.BULK_CREATE_LIMIT).sum();
        assertThat(requests).isEqualTo(1 + 3);
        assertThat(jira.createCalls().get(1)).extracting(NewIssue::epicKey).containsOnly("LM-1");
    }

    /** 1,000 items six levels deep: the calls follow the depth, not the size. */
    @Test
    void aThousandItemsTakeOneCreateCallPerLevel() {
        Workspace workspace = TestWorkspaces.tree(1000, 4);
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER).withStoryPoints("Story Points");

        ImportReport report = Imports.run(jira, workspace);

        assertThat(report.complete()).isTrue();
        assertThat(jira.issues()).hasSize(1000);
        assertThat(jira.callsOf("createIssues")).isEqualTo(6);
        assertThat(jira.calls()).hasSize(5 + 5 + 1 + 17 + 6);
        int requests = jira.createCalls().stream()
                .mapToInt(call -> (call.size() + JiraApi.BULK_CREATE_LIMIT - 1) / JiraApi.BULK_CREATE_LIMIT).sum();
        assertThat(requests).isLessThanOrEqualTo(1000 / JiraApi.BULK_CREATE_LIMIT + 6);
    }
}
