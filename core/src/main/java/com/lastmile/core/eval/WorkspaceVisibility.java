package com.lastmile.core.eval;

import com.lastmile.core.model.Item;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a workspace models Jira's permissions: an item is browsable when its own {@code visibleTo} (if any)
 * names the viewer and its parent is browsable. Members of a parent cycle are browsable only when every
 * member's own restriction allows it; the walk never loops.
 */
final class WorkspaceVisibility {

    private static final byte UNKNOWN = 0;
    private static final byte ON_PATH = 1;
    private static final byte VISIBLE = 2;
    private static final byte HIDDEN = 3;

    private final List<Item> items;
    private final int[] parent;

    WorkspaceVisibility(List<Item> items) {
        this.items = items;
        Map<String, Integer> index = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            index.putIfAbsent(items.get(i).key(), i);
        }
        parent = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            String p = items.get(i).parent();
            parent[i] = p == null ? -1 : index.getOrDefault(p, -1);
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

    private boolean ownRestrictionAllows(int i, String viewer) {
        List<String> allowed = items.get(i).visibleTo();
        return allowed.isEmpty() || allowed.contains(viewer);
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
