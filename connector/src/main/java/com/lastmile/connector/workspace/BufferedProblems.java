package com.lastmile.connector.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds the problems of one list entry until its label is known: an item's key may come after the field
 * that is wrong, and every message names the item by key.
 */
final class BufferedProblems implements ProblemSink {

    private record Pending(int line, String field, String message) {
    }

    private List<Pending> pending;

    @Override
    public void report(int line, String field, String message) {
        if (pending == null) {
            pending = new ArrayList<>(2);
        }
        pending.add(new Pending(line, field, message));
    }

    boolean isEmpty() {
        return pending == null;
    }

    /** Reports everything held to {@code target}, with {@code label} in front of each field path. */
    void flushTo(ProblemSink target, String label) {
        if (pending != null) {
            pending.forEach(p -> target.report(p.line(), FieldPath.child(label, p.field()), p.message()));
        }
    }
}
