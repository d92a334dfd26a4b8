package com.lastmile.connector.jira.importer;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What each item needs in Jira before it can be created: its parent, and — for a corrective action — the
 * checkpoints it corrects, because the action is linked to them ("contributes to") in its own create call.
 * Items are grouped in waves: wave n holds every item whose longest chain of such needs is n long, so each wave
 * is one bulk create and an action lands at most one wave after its checkpoint.
 */
final class Dependencies {

    private final List<Item> items;
    private final Map<String, Item> byKey = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<String>> checkpointsByAction = new HashMap<>();

    Dependencies(Workspace workspace) {
        items = workspace.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            byKey.put(item.key(), item);
            position.put(item.key(), i);
        }
        for (Item item : items) {
            if (item.type() == ItemType.CHECKPOINT && item.checkpoint() != null) {
                for (String action : item.checkpoint().actions()) {
                    checkpointsByAction.computeIfAbsent(action, k -> new ArrayList<>()).add(item.key());
                }
            }
        }
    }

    Item item(String key) {
        return byKey.get(key);
    }

    /** The keys of the checkpoints the item is a corrective action of, in file order. */
    List<String> checkpointsCorrectedBy(String key) {
        return checkpointsByAction.getOrDefault(key, List.of());
    }

    /** Parent first, then corrected checkpoints; no duplicates. */
    List<String> needsOf(Item item) {
        Set<String> needs = new LinkedHashSet<>();
        if (item.parent() != null) {
            needs.add(item.parent());
        }
        needs.addAll(checkpointsCorrectedBy(item.key()));
        return List.copyOf(needs);
    }

    /** The waves in which to create the items that are not in Jira yet; each wave in file order. */
    List<List<Item>> waves(Set<String> inJira) {
        Layers layers = layers(item -> !inJira.contains(item.key()));
        if (!layers.left().isEmpty()) {
            throw new IllegalStateException("items needing each other: " + layers.left());
        }
        return layers.waves();
    }

    /** One loop of items that need each other (parent links or corrective actions), or an empty list. */
    List<String> cycle() {
        Layers layers = layers(item -> true);
        if (layers.left().isEmpty()) {
            return List.of();
        }
        // every item left needs another item left, so walking those needs must come back to an item seen
        Set<String> left = layers.left();
        List<String> path = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        String current = left.iterator().next();
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            current = needsOf(byKey.get(current)).stream().filter(left::contains).findFirst().orElseThrow();
        }
        List<String> loop = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
        loop.add(current);
        return loop;
    }

    private record Layers(List<List<Item>> waves, Set<String> left) {
    }

    /** Kahn's algorithm by layers: an item joins the wave after the last of its needs. */
    private Layers layers(Predicate<Item> toCreate) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> unblocks = new HashMap<>();
        List<Item> ready = new ArrayList<>();
        for (Item item : items) {
            if (!toCreate.test(item)) {
                continue;
            }
            int count = 0;
            for (String need : needsOf(item)) {
                if (toCreate.test(byKey.get(need))) {
                    unblocks.computeIfAbsent(need, k -> new ArrayList<>()).add(item.key());
                    count++;
                }
            }
            if (count == 0) {
                ready.add(item);
            } else {
                waiting.put(item.key(), count);
            }
        }
        List<List<Item>> waves = new ArrayList<>();
        while (!ready.isEmpty()) {
            waves.add(List.copyOf(ready));
            ArrayDeque<Item> next = new ArrayDeque<>();
            for (Item done : ready) {
                for (String dependent : unblocks.getOrDefault(done.key(), List.of())) {
                    if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                        waiting.remove(dependent);
                        next.add(byKey.get(dependent));
                    }
                }
            }
            ready = new ArrayList<>(next);
            ready.sort((a, b) -> Integer.compare(position.get(a.key()), position.get(b.key())));
        }
        Set<String> left = new LinkedHashSet<>();
        items.stream().map(Item::key).filter(waiting::containsKey).forEach(left::add);
        return new Layers(waves, left);
    }
}
