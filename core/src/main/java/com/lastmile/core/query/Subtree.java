package com.lastmile.core.query;

import com.lastmile.core.model.Item;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An item and everything below it (children by their parent key, checkpoints and retrospectives included), in
 * the original order. Used for the {@code root} of a request. A parent cycle is walked once, never endlessly.
 */
public final class Subtree {

    private Subtree() {
    }

    /** The root and its descendants in the order of {@code items}; empty when no item has the root's key. */
    public static List<Item> of(List<Item> items, String rootKey) {
        Map<String, List<Integer>> children = new HashMap<>();
        int root = -1;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (root < 0 && item.key().equals(rootKey)) {
                root = i;
            }
            if (item.parent() != null) {
                children.computeIfAbsent(item.parent(), k -> new ArrayList<>()).add(i);
            }
        }
        if (root < 0) {
            return List.of();
        }
        boolean[] inside = new boolean[items.size()];
        inside[root] = true;
        Deque<Integer> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            for (int child : children.getOrDefault(items.get(pending.pop()).key(), List.of())) {
                if (!inside[child]) {
                    inside[child] = true;
                    pending.push(child);
                }
            }
        }
        List<Item> subtree = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (inside[i]) {
                subtree.add(items.get(i));
            }
        }
        return subtree;
    }
}
