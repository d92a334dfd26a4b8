package com.lastmile.core.eval;

import com.lastmile.core.model.ItemType;

/**
 * Children of every item as compact adjacency arrays: roll-up children (everything but checkpoints and
 * retrospectives) and checkpoints, each in scope order.
 */
final class Tree {

    /** Item types by ordinal: the tree keeps each item's type as a byte. */
    static final ItemType[] TYPES = ItemType.values();

    private final int[] parent;
    private final int[] childStart;
    private final int[] children;
    private final int[] checkpointStart;
    private final int[] checkpoints;
    /** Where each item sits in {@code children}, or -1: a child's progress is stored next to its siblings'. */
    private final int[] slot;
    /**
     * What the roll-up reads of each child, by slot: its {@link Weighting}, with {@link Weighting#CHILDLESS} when it
     * has no roll-up children itself. A parent reads its children's in one sequential run.
     */
    final int[] childWeighting;
    /** Each child's key, by slot: an explanation lists its children without reading their records. */
    final String[] childKey;

    /**
     * @param parent each item's parent position, negative without one in scope
     * @param type each item's {@link ItemType} ordinal
     * @param weighting each item's {@link Weighting}
     * @param key each item's key
     */
    Tree(int[] parent, byte[] type, int[] weighting, String[] key) {
        int n = parent.length;
        this.parent = parent;
        int[] childCount = new int[n + 1];
        int[] checkpointCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p < 0) {
                continue;
            }
            ItemType t = TYPES[type[i]];
            if (t == ItemType.CHECKPOINT) {
                checkpointCount[p]++;
            } else if (!t.isAttachment()) {
                childCount[p]++;
            }
        }
        childStart = prefixSums(childCount);
        checkpointStart = prefixSums(checkpointCount);
        children = new int[childStart[n]];
        checkpoints = new int[checkpointStart[n]];
        slot = new int[n];
        childWeighting = new int[children.length];
        childKey = new String[children.length];
        // the counts become fill positions: each parent's next free slot
        int[] childFill = childCount;
        int[] checkpointFill = checkpointCount;
        System.arraycopy(childStart, 0, childFill, 0, n);
        System.arraycopy(checkpointStart, 0, checkpointFill, 0, n);
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            slot[i] = -1;
            if (p < 0) {
                continue;
            }
            ItemType t = TYPES[type[i]];
            if (t == ItemType.CHECKPOINT) {
                checkpoints[checkpointFill[p]++] = i;
            } else if (!t.isAttachment()) {
                int s = childFill[p]++;
                children[s] = i;
                slot[i] = s;
                childWeighting[s] = childCount(i) == 0 ? weighting[i] | Weighting.CHILDLESS : weighting[i];
                childKey[s] = key[i];
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

    /** The slot range of an item's children: {@code firstSlot(i)} up to {@code firstSlot(i + 1)}. */
    int firstSlot(int i) {
        return childStart[i];
    }

    /** The item's slot among its parent's children, or -1. */
    int slot(int i) {
        return slot[i];
    }

    /** The item in each slot. */
    int[] children() {
        return children;
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
