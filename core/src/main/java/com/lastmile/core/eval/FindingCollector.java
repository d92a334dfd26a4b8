package com.lastmile.core.eval;

import com.lastmile.core.finding.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Gathers findings from every pass and orders them by item position, then rule: stable output for any pass order. */
final class FindingCollector {

    private record Entry(int position, Finding finding) {
    }

    private final int scopeWidePosition;
    private final List<Entry> entries = new ArrayList<>();

    FindingCollector(int itemCount) {
        this.scopeWidePosition = itemCount;
    }

    void add(int position, Finding finding) {
        entries.add(new Entry(position, finding));
    }

    void addAll(int position, List<Finding> found) {
        // indexed: most lists are the shared empty one, whose iterator would be allocated a million times
        for (int k = 0; k < found.size(); k++) {
            add(position, found.get(k));
        }
    }

    /** A finding about the scope as a whole (a person, not an item): listed after every item's. */
    void addScopeWide(Finding finding) {
        add(scopeWidePosition, finding);
    }

    List<Finding> sorted() {
        entries.sort(Comparator.comparingInt(Entry::position).thenComparing(e -> e.finding().rule()));
        List<Finding> findings = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            findings.add(entry.finding());
        }
        return findings;
    }
}
