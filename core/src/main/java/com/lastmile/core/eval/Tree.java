package com.lastmile.core.eval;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import java.math.BigDecimal;
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
    /** Where each item sits in {@code children}, or -1: a child's progress is stored next to its siblings'. */
    private final int[] slot;
    /** The fields the roll-up reads of each child, by slot: a parent reads its children's in one sequential run. */
    final String[] childKey;
    final ItemType[] childType;
    final BigDecimal[] childPoints;
    final BigDecimal[] childWeight;

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
        slot = new int[n];
        childKey = new String[children.length];
        childType = new ItemType[children.length];
        childPoints = new BigDecimal[children.length];
        childWeight = new BigDecimal[children.length];
        int[] childFill = new int[n];
        int[] checkpointFill = new int[n];
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            slot[i] = -1;
            if (p < 0) {
                continue;
            }
            Item item = items.get(i);
            ItemType type = item.type();
            if (type == ItemType.CHECKPOINT) {
                checkpoints[checkpointStart[p] + checkpointFill[p]++] = i;
            } else if (!type.isAttachment()) {
                int s = childStart[p] + childFill[p]++;
                children[s] = i;
                slot[i] = s;
                childKey[s] = item.key();
                childType[s] = type;
                childPoints[s] = item.points();
                childWeight[s] = item.weight();
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
