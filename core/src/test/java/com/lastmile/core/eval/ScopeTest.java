package com.lastmile.core.eval;

import static com.lastmile.core.Fixtures.AS_OF;
import static com.lastmile.core.Fixtures.checkpointData;
import static com.lastmile.core.Fixtures.goal;
import static com.lastmile.core.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Scope#asViewer}: the corrective-action links of a viewer's checkpoints. */
class ScopeTest {

    private static Item checkpointNaming(String key, String goal, String... actions) {
        return Item.builder(key, ItemType.CHECKPOINT).parent(goal).due(AS_OF)
                .checkpoint(checkpointData("10", "1", null, null, null, List.of(actions))).build();
    }

    private static List<String> actionsOf(Scope scope, String checkpoint) {
        return scope.items().stream().filter(i -> i.key().equals(checkpoint)).findFirst().orElseThrow()
                .checkpoint().actions();
    }

    @Test
    void dropsLinksToActionsTheViewerCannotBrowse() {
        Workspace workspace = workspace(
                goal("LM-1", ItemType.STRATEGIC_GOAL, null).build(),
                goal("LM-2", ItemType.CAMPAIGN, "LM-1").visibleTo(List.of("ceo")).build(),
                goal("LM-3", ItemType.TACTIC, "LM-2").build(),
                goal("LM-4", ItemType.EPIC, "LM-1").build(),
                goal("other.key", ItemType.EPIC, "LM-1").build(),
                checkpointNaming("LM-5", "LM-1", "LM-4", "LM-3", "GONE-1", "other.key"),
                checkpointNaming("LM-6", "LM-1", "LM-4"));
        Scope staff = Scope.asViewer(workspace, "staff");
        assertThat(actionsOf(staff, "LM-5")).containsExactly("LM-4", "other.key");
        assertThat(actionsOf(staff, "LM-6")).containsExactly("LM-4");
        assertThat(staff.items()).extracting(Item::key).containsExactly("LM-1", "LM-4", "other.key", "LM-5", "LM-6");
        assertThat(staff.hidden()).isEqualTo(2);
        // a missing action is no browsable item either, for anyone
        assertThat(actionsOf(Scope.asViewer(workspace, "ceo"), "LM-5")).containsExactly("LM-4", "LM-3", "other.key");
    }

    @Test
    void keepsALinkWhoseKeyABrowsableItemHasEvenWhenAHiddenOneSharesIt() {
        for (String shared : List.of("LM-9", "shared")) {
            Workspace workspace = workspace(
                    goal("LM-1", ItemType.STRATEGIC_GOAL, null).build(),
                    goal("LM-2", ItemType.CAMPAIGN, "LM-1").visibleTo(List.of("ceo")).build(),
                    goal(shared, ItemType.TACTIC, "LM-2").build(),
                    goal(shared, ItemType.EPIC, "LM-1").build(),
                    checkpointNaming("LM-5", "LM-1", shared, "LM-2"));
            assertThat(actionsOf(Scope.asViewer(workspace, "staff"), "LM-5")).as(shared).containsExactly(shared);
        }
    }

    @Test
    void scopeItemsAreTheBrowsableItemsThemselves() {
        Workspace workspace = workspace(
                goal("LM-1", ItemType.STRATEGIC_GOAL, null).build(),
                goal("LM-2", ItemType.CAMPAIGN, "LM-1").visibleTo(List.of("ceo")).build(),
                goal("LM-3", ItemType.CAMPAIGN, "LM-1").build());
        Scope staff = Scope.asViewer(workspace, "staff");
        assertThat(staff.items()).containsExactly(workspace.items().get(0), workspace.items().get(2));
        assertThat(staff.items().get(1)).isSameAs(workspace.items().get(2));
    }
}
