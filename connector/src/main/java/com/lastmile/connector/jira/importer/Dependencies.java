package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What each item needs in Jira before it can be created: its parent, and — for a corrective action — the
 * checkpoints it corrects, because the action is linked to them ("contributes to") in its own create call.
 * Items are sent in waves of at most {@link JiraApi#BULK_CREATE_LIMIT}, each one bulk-create request holding only
 * items whose needs came in earlier waves. Ready items on the longest chains of dependents go first, so the tree's
 * narrow top never leaves later waves half-empty: only waves whose ready set is smaller than a request can be
 * partial, which keeps the request count near ⌈items / 50⌉ whatever the tree's depth.
 */
final class Dependencies {

    private final List<Item> items;
    private final Map<String, Item> byKey = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<String>> checkpointsByAction = new HashMap<>();
    private final Map<String, List<String>> dependents = new HashMap<>();

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
        for (Item item : items) {
            for (String need : needsOf(item)) {
                dependents.computeIfAbsent(need, k -> new ArrayList<>()).add(item.key());
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
        Predicate<Item> toCreate = item -> !inJira.contains(item.key());
        Layers layers = layers(toCreate);
        if (!layers.left().isEmpty()) {
            throw new IllegalStateException("items needing each other: " + layers.left());
        }
        Map<String, Integer> chain = chainBelow(layers.layers(), toCreate);
        Comparator<Item> longestChainFirst = Comparator.<Item>comparingInt(item -> -chain.get(item.key()))
                .thenComparingInt(item -> position.get(item.key()));
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<Item> ready = new PriorityQueue<>(longestChainFirst);
        for (Item item : items) {
            if (toCreate.test(item)) {
                int needs = (int) needsOf(item).stream().filter(need -> toCreate.test(byKey.get(need))).count();
                if (needs == 0) {
                    ready.add(item);
                } else {
                    waiting.put(item.key(), needs);
                }
            }
        }
        List<List<Item>> waves = new ArrayList<>();
        while (!ready.isEmpty()) {
            List<Item> wave = new ArrayList<>();
            while (wave.size() < JiraApi.BULK_CREATE_LIMIT && !ready.isEmpty()) {
                wave.add(ready.poll());
            }
            for (Item done : wave) {
                for (String dependent : dependentsOf(done.key(), toCreate)) {
                    if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                        waiting.remove(dependent);
                        ready.add(byKey.get(dependent));
                    }
                }
            }
            wave.sort(Comparator.comparingInt(item -> position.get(item.key())));
            waves.add(List.copyOf(wave));
        }
        return waves;
    }

    /** For each item, the length of the longest chain of items that need it, directly or not (0: none). */
    private Map<String, Integer> chainBelow(List<List<Item>> layers, Predicate<Item> toCreate) {
        Map<String, Integer> chain = new HashMap<>();
        for (int layer = layers.size() - 1; layer >= 0; layer--) {
            for (Item item : layers.get(layer)) {
                int longest = 0;
                for (String dependent : dependentsOf(item.key(), toCreate)) {
                    longest = Math.max(longest, 1 + chain.get(dependent));
                }
                chain.put(item.key(), longest);
            }
        }
        return chain;
    }

    private List<String> dependentsOf(String key, Predicate<Item> toCreate) {
        return dependents.getOrDefault(key, List.of()).stream().filter(k -> toCreate.test(byKey.get(k))).toList();
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

    private record Layers(List<List<Item>> layers, Set<String> left) {
    }

    /** Kahn's algorithm by layers: an item joins the layer after the last of its needs. */
    private Layers layers(Predicate<Item> toCreate) {
        Map<String, Integer> waiting = new HashMap<>();
        List<Item> ready = new ArrayList<>();
        for (Item item : items) {
            if (!toCreate.test(item)) {
                continue;
            }
            int count = (int) needsOf(item).stream().filter(need -> toCreate.test(byKey.get(need))).count();
            if (count == 0) {
                ready.add(item);
            } else {
                waiting.put(item.key(), count);
            }
        }
        List<List<Item>> layers = new ArrayList<>();
        while (!ready.isEmpty()) {
            layers.add(List.copyOf(ready));
            ArrayDeque<Item> next = new ArrayDeque<>();
            for (Item done : ready) {
                for (String dependent : dependentsOf(done.key(), toCreate)) {
                    if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                        waiting.remove(dependent);
                        next.add(byKey.get(dependent));
                    }
                }
            }
            ready = new ArrayList<>(next);
        }
        Set<String> left = new LinkedHashSet<>();
        items.stream().map(Item::key).filter(waiting::containsKey).forEach(left::add);
        return new Layers(layers, left);
    }
}
