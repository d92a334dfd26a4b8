package com.lastmile.connector.jira.importer;

import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Workspaces for the importer's tests. */
final class TestWorkspaces {

    static final Path SAMPLE = Path.of("..", "samples", "sample-workspace.yaml");

    private TestWorkspaces() {
    }

    static Workspace sample() {
        return new WorkspaceReader().read(SAMPLE);
    }

    static Workspace of(Item... items) {
        return new Workspace(Settings.defaults(), List.of(), Arrays.asList(items));
    }

    static Item item(String key, ItemType type, String parent) {
        return Item.builder(key, type).summary("Summary of " + key).parent(parent).build();
    }

    static Item checkpoint(String key, String parent, String planned, List<String> actions) {
        return Item.builder(key, ItemType.CHECKPOINT).summary("Checkpoint " + key).parent(parent)
                .due(LocalDate.of(2026, 3, 31))
                .checkpoint(new CheckpointData(new BigDecimal(planned), null, null, null, null, actions)).build();
    }

    /**
     * A tree of exactly {@code size} items, breadth first: a strategic goal, campaigns, tactics, epics, stories and
     * sub-tasks, each parent with {@code fanOut} children, plus a checkpoint under every goal.
     */
    static Workspace tree(int size, int fanOut) {
        List<Item> items = new ArrayList<>();
        items.add(item("BIG-1", ItemType.STRATEGIC_GOAL, null));
        ItemType[] levels = {ItemType.CAMPAIGN, ItemType.TACTIC, ItemType.EPIC, ItemType.STORY, ItemType.SUB_TASK};
        List<Item> parents = List.of(items.get(0));
        int depth = 0;
        while (items.size() < size && depth < levels.length) {
            List<Item> next = new ArrayList<>();
            for (Item parent : parents) {
                if (parent.type().isGoal() && items.size() < size) {
                    items.add(checkpoint("BIG-" + (items.size() + 1), parent.key(), "10", List.of()));
                }
                for (int i = 0; i < fanOut && items.size() < size; i++) {
                    Item child = item("BIG-" + (items.size() + 1), levels[depth], parent.key());
                    items.add(child);
                    next.add(child);
                }
            }
            parents = next;
            depth++;
        }
        if (items.size() != size) {
            throw new IllegalArgumentException("fan-out " + fanOut + " cannot reach " + size + " items");
        }
        return new Workspace(Settings.defaults(), List.of(), items);
    }
}
