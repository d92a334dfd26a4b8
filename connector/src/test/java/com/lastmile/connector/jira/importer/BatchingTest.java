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
 * A wave is one bulk-create request of at most {@link JiraApi#BULK_CREATE_LIMIT} items; ready items on the longest
 * chains go first, so only waves whose ready set is smaller than a request are partial.
 */
class BatchingTest {

    @Test
    void a120StoriesAreThreeFullRequestsAfterTheirEpic() {
        List<Item> items = new ArrayList<>();
        items.add(TestWorkspaces.item("LM-1", ItemType.EPIC, null));
        for (int i = 2; i <= 121; i++) {
            items.add(TestWorkspaces.item("LM-" + i, ItemType.STORY, "LM-1"));
        }
        FakeJira jira = new FakeJira(JiraFlavor.CLOUD);

        ImportReport report = Imports.run(jira, TestWorkspaces.of(items.toArray(Item[]::new)));

        assertThat(report.complete()).isTrue();
        assertThat(jira.createCalls()).extracting(List::size).containsExactly(1, 50, 50, 20);
        assertThat(jira.createCalls().subList(1, 4)).allSatisfy(
                call -> assertThat(call).extracting(NewIssue::epicKey).containsOnly("LM-1"));
    }

    /** 1,000 items six levels deep: the narrow top costs a few partial requests, the rest are full. */
    @Test
    void aThousandItemsSixLevelsDeepTakeAtMostOnePartialRequestPerLevel() {
        Workspace workspace = TestWorkspaces.tree(1000, 4);
        FakeJira jira = new FakeJira(JiraFlavor.DATA_CENTER).withStoryPoints("Story Points");

        ImportReport report = Imports.run(jira, workspace);

        assertThat(report.complete()).isTrue();
        assertThat(jira.issues()).hasSize(1000);
        List<Integer> sizes = jira.createCalls().stream().map(List::size).toList();
        assertThat(sizes).allMatch(size -> size <= JiraApi.BULK_CREATE_LIMIT);
        assertThat(sizes.stream().filter(size -> size < JiraApi.BULK_CREATE_LIMIT).count())
                .as("partial requests in %s", sizes).isLessThanOrEqualTo(5);
        assertThat(sizes.size()).isLessThan(1000 / JiraApi.BULK_CREATE_LIMIT + 6);
        assertThat(jira.calls()).hasSize(5 + 5 + 1 + 2 * (17 + 1) + sizes.size());
    }
}
