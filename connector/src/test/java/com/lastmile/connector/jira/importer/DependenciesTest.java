package com.lastmile.connector.jira.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependenciesTest {

    /** Campaign → tactic and checkpoint; the tactic is the checkpoint's corrective action; an epic below it. */
    private final Workspace workspace = TestWorkspaces.of(
            TestWorkspaces.item("LM-5", ItemType.EPIC, "LM-2"),
            TestWorkspaces.item("LM-1", ItemType.CAMPAIGN, null),
            TestWorkspaces.item("LM-2", ItemType.TACTIC, "LM-1"),
            TestWorkspaces.checkpoint("LM-3", "LM-1", "8", List.of("LM-2")),
            TestWorkspaces.item("LM-4", ItemType.TACTIC, "LM-1"));

    @Test
    void eachItemComesInTheWaveAfterTheLastItNeedsInFileOrder() {
        List<List<Item>> waves = new Dependencies(workspace).waves(Set.of());

        assertThat(waves).extracting(wave -> wave.stream().map(Item::key).toList()).containsExactly(
                List.of("LM-1"), List.of("LM-3", "LM-4"), List.of("LM-2"), List.of("LM-5"));
    }

    @Test
    void whatIsInJiraIsNotWaitedFor() {
        List<List<Item>> waves = new Dependencies(workspace).waves(Set.of("LM-1", "LM-3"));

        assertThat(waves).extracting(wave -> wave.stream().map(Item::key).toList()).containsExactly(
                List.of("LM-2", "LM-4"), List.of("LM-5"));
    }

    @Test
    void needsAreTheParentThenTheCorrectedCheckpoints() {
        Dependencies dependencies = new Dependencies(workspace);

        assertThat(dependencies.needsOf(dependencies.item("LM-2"))).containsExactly("LM-1", "LM-3");
        assertThat(dependencies.cycle()).isEmpty();
    }
}
