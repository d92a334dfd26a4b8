package com.lastmile.core.eval;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.StatusCategory;
import java.math.BigDecimal;

/**
 * What the roll-up needs of an item as its parent's child, packed into one int: how it weighs (work item, story
 * points, explicit weight, and the points themselves when they are a small whole number, as they almost always
 * are) and, for a work item without metric and without children, its progress (its status). The roll-up then reads
 * one int per child, next to its siblings', instead of the child's records, and most children (the leaves of the
 * tree) need no evaluation of their own before their parent's.
 */
final class Weighting {

    /** A work item: story points may weigh it. */
    static final int WORK = 1;
    /** Has story points. */
    static final int POINTS = 2;
    /** Has an explicit weight: the mean reads it from the item. */
    static final int EXPLICIT = 4;
    /** Points that are not a whole number below 10^7 (a fraction, "3.0"): the mean reads them from the item. */
    static final int LARGE_POINTS = 8;
    /** A work item without metric: without children its progress is its status. */
    static final int STATUS_ONLY = 16;
    /** Its status category is done. */
    static final int DONE = 32;
    /** Has no roll-up children (set by {@link Tree}). */
    static final int CHILDLESS = 64;
    /** A leaf: progress 1 when done, else 0, known without evaluating it. */
    static final int LEAF = STATUS_ONLY | CHILDLESS;
    private static final int SHIFT = 7;
    /** Whole points of at most this many digits fit above the flags. */
    private static final int SMALL_PRECISION = 7;

    private Weighting() {
    }

    static int of(Item item) {
        int code = 0;
        if (item.type().isWork()) {
            code |= WORK;
            if (item.metric() == null) {
                code |= STATUS_ONLY;
            }
        }
        if (item.statusCategory() == StatusCategory.DONE) {
            code |= DONE;
        }
        if (item.weight() != null) {
            code |= EXPLICIT;
        }
        BigDecimal points = item.points();
        if (points != null) {
            // points are never negative (Item), so the value shifted up stays positive
            code |= POINTS | (points.scale() == 0 && points.precision() <= SMALL_PRECISION
                    ? points.intValue() << SHIFT : LARGE_POINTS);
        }
        return code;
    }

    static boolean has(int code, int flags) {
        return (code & flags) == flags;
    }

    static boolean isLeaf(int code) {
        return has(code, LEAF);
    }

    /** A leaf's progress: the shared 1 when done, else the shared 0, as {@code RollUp} gives it. */
    static BigDecimal leafProgress(int code) {
        return has(code, DONE) ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** The progress of the child in a slot: a leaf's from its code, any other's as the roll-up stored it. */
    static BigDecimal progress(int code, BigDecimal rolledUp) {
        return isLeaf(code) ? leafProgress(code) : rolledUp;
    }

    /** The points of a code without {@link #LARGE_POINTS}: a whole number, equal to the item's points (scale 0). */
    static long smallPoints(int code) {
        return code >>> SHIFT;
    }
}
