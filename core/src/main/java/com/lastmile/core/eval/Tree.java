package com.lastmile.core.eval;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import java.util.List;

/**
 * Children of every item as compact adjacency arrays: roll-up children (everything but checkpoints and
 * retrospectives) and checkpoints, each in scope order.
 */
final class Tree {

    private final int[] parent;
    private final int[] childStart;
    private final int[] children;
    private final int[] checkpointStart;
    private final int[] checkpoints;

    Tree(List<Item> items, int[] parent) {
        int n = items.size();
        this.parent = parent;
        int[] childCount = new int[n + 1];
        int[] checkpointCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p < 0) {
                continue;
            }
            ItemType type = items.get(i).type();
            if (type == ItemType.CHECKPOINT) {
                checkpointCount[p]++;
            } else if (!type.isAttachment()) {
                childCount[p]++;
            }
        }
        childStart = prefixSums(childCount);
        checkpointStart = prefixSums(checkpointCount);
        children = new int[childStart[n]];
        checkpoints = new int[checkpointStart[n]];
        int[] childFill = new int[n];
        int[] checkpointFill = new int[n];
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p < 0) {
                continue;
            }
            ItemType type = items.get(i).type();
            if (type == ItemType.CHECKPOINT) {
                checkpoints[checkpointStart[p] + checkpointFill[p]++] = i;
            } else if (!type.isAttachment()) {
                children[childStart[p] + childFill[p]++] = i;
            }
        }
    }

    private static int[] prefixSums(int[] counts) {
        int[] starts = new int[counts.length];
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            starts[i] = sum;
            sum += counts[i];
        }
        return starts;
    }

    /** The parent's position, or a negative number when there is none in scope. */
    int parent(int i) {
        return parent[i];
    }

    int childCount(int i) {
        return childStart[i + 1] - childStart[i];
    }

    int child(int i, int k) {
        return children[childStart[i] + k];
    }

    int checkpointCount(int i) {
        return checkpointStart[i + 1] - checkpointStart[i];
    }

    int checkpoint(int i, int k) {
        return checkpoints[checkpointStart[i] + k];
    }
}
