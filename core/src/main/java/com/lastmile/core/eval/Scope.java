package com.lastmile.core.eval;

import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.port.PeopleDirectory;
import com.lastmile.core.port.PeopleList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What one viewer may see: the items they may browse and how many were left out. Every number and list
 * is computed from a scope, so nothing about a hidden item can reach the viewer but the count.
 *
 * @param viewer the viewing person's id, or null for a viewer who may browse everything
 * @param items the browsable items, in their original order
 * @param hidden how many items were left out
 */
public record Scope(Settings settings, PeopleDirectory people, String viewer, List<Item> items, int hidden) {

    public Scope {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(people, "people");
        items = List.copyOf(items);
    }

    /** The whole workspace, as seen by a viewer who may browse everything. */
    public static Scope everything(Workspace workspace) {
        return new Scope(workspace.settings(), new PeopleList(workspace.people()), null, workspace.items(), 0);
    }

    /**
     * The workspace as the given person sees it. An item with {@code visibleTo} can be browsed only by those
     * people, and the restriction holds for everything below it.
     *
     * @throws IllegalArgumentException when the viewer is not one of the workspace's people
     */
    public static Scope asViewer(Workspace workspace, String viewer) {
        if (viewer == null) {
            return everything(workspace);
        }
        if (workspace.people().stream().noneMatch(p -> p.id().equals(viewer))) {
            throw new IllegalArgumentException("unknown viewer '" + viewer + "': not among the workspace's people");
        }
        List<Item> all = workspace.items();
        WorkspaceVisibility visibility = new WorkspaceVisibility(all);
        boolean[] visible = visibility.visibleTo(viewer);
        Predicate<String> browsable = visibility.browsable(visible);
        int count = 0;
        for (boolean v : visible) {
            count += v ? 1 : 0;
        }
        // Copied as references: all.get(i) would cast, and so read, every record again (a cache miss each at a
        // million items); only the checkpoints that name corrective actions are looked at.
        Object[] records = all.toArray();
        Object[] kept = new Object[count];
        IntList withActions = visibility.withActions();
        int next = 0;
        int k = 0;
        for (int i = 0; i < visible.length; i++) {
            boolean hasActions = next < withActions.size() && withActions.get(next) == i;
            if (hasActions) {
                next++;
            }
            if (visible[i]) {
                kept[k++] = hasActions ? withoutHiddenActions(all.get(i), browsable) : records[i];
            }
        }
        @SuppressWarnings("unchecked") // every element is an Item of the workspace or a copy of one
        List<Item> browsableItems = (List<Item>) (List<?>) Arrays.asList(kept);
        return new Scope(workspace.settings(), new PeopleList(workspace.people()), viewer, browsableItems,
                all.size() - count);
    }

    /** A checkpoint's links to corrective actions the viewer may not browse would name them: drop those links. */
    private static Item withoutHiddenActions(Item item, Predicate<String> browsable) {
        CheckpointData data = item.checkpoint();
        if (data.actions().stream().allMatch(browsable)) {
            return item;
        }
        List<String> visibleActions = data.actions().stream().filter(browsable).toList();
        return item.withCheckpoint(new CheckpointData(data.planned(), data.actual(), data.original(),
                data.verification(), data.cause(), visibleActions));
    }
}
