package com.lastmile.core.eval;

import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How a workspace models Jira's permissions: an item is browsable when its own {@code visibleTo} (if any)
 * names the viewer and its parent is browsable. Members of a parent cycle are browsable only when every
 * member's own restriction allows it; the walk never loops.
 *
 * <p>The item records are read once, here: parents are resolved through a {@link KeyIndex} (the first of
 * duplicate keys wins), and the few restricted items and checkpoints with corrective actions are noted, so
 * the walk and the viewer's scope need no further pass over the records.
 */
final class WorkspaceVisibility {

    private static final byte UNKNOWN = 0;
    private static final byte ON_PATH = 1;
    private static final byte VISIBLE = 2;
    private static final byte HIDDEN = 3;

    private final List<Item> items;
    private final KeyIndex index;
    private final int[] parent;
    /** Whether each item has a {@code visibleTo} list of its own. */
    private final boolean[] restricted;
    /** Positions of the checkpoints that name corrective actions, ascending. */
    private final IntList withActions = new IntList();

    WorkspaceVisibility(List<Item> items) {
        this.items = items;
        this.index = new KeyIndex(items);
        int n = items.size();
        parent = new int[n];
        restricted = new boolean[n];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            String p = item.parent();
            parent[i] = p == null ? -1 : index.position(p);
            restricted[i] = !item.visibleTo().isEmpty();
            CheckpointData checkpoint = item.checkpoint();
            if (checkpoint != null && !checkpoint.actions().isEmpty()) {
                withActions.add(i);
            }
        }
    }

    boolean[] visibleTo(String viewer) {
        int n = items.size();
        byte[] state = new byte[n];
        int[] path = new int[n];
        for (int start = 0; start < n; start++) {
            int length = 0;
            int node = start;
            while (node >= 0 && state[node] == UNKNOWN) {
                state[node] = ON_PATH;
                path[length++] = node;
                node = parent[node];
            }
            boolean inherited;
            if (node >= 0 && state[node] == ON_PATH) {
                int cycleStart = indexOf(path, length, node);
                boolean allAllow = true;
                for (int k = cycleStart; k < length; k++) {
                    allAllow &= ownRestrictionAllows(path[k], viewer);
                }
                for (int k = cycleStart; k < length; k++) {
                    state[path[k]] = allAllow ? VISIBLE : HIDDEN;
                }
                length = cycleStart;
                inherited = allAllow;
            } else {
                inherited = node < 0 || state[node] == VISIBLE;
            }
            for (int k = length - 1; k >= 0; k--) {
                inherited &= ownRestrictionAllows(path[k], viewer);
                state[path[k]] = inherited ? VISIBLE : HIDDEN;
            }
        }
        boolean[] visible = new boolean[n];
        for (int i = 0; i < n; i++) {
            visible[i] = state[i] == VISIBLE;
        }
        return visible;
    }

    /**
     * Whether some browsable item has a key, given {@link #visibleTo}'s answer: the index answers it, or, when
     * two items share a key (the index names only the first), the set of browsable keys.
     */
    Predicate<String> browsable(boolean[] visible) {
        if (!index.hasDuplicates()) {
            return key -> {
                int position = index.position(key);
                return position != KeyIndex.ABSENT && visible[position];
            };
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < visible.length; i++) {
            if (visible[i]) {
                keys.add(items.get(i).key());
            }
        }
        return keys::contains;
    }

    /** Positions of the checkpoints that name corrective actions, ascending. */
    IntList withActions() {
        return withActions;
    }

    private boolean ownRestrictionAllows(int i, String viewer) {
        return !restricted[i] || items.get(i).visibleTo().contains(viewer);
    }

    private static int indexOf(int[] path, int length, int node) {
        for (int k = 0; k < length; k++) {
            if (path[k] == node) {
                return k;
            }
        }
        throw new IllegalStateException("node " + node + " is not on the path");
    }
}
