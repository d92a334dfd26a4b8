package com.lastmile.connector.jira.api;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into consecutive pieces of at most {@code size} elements, for batched calls. */
final class Chunks {

    private Chunks() {
    }

    static <T> List<List<T>> of(List<T> values, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < values.size(); start += size) {
            chunks.add(values.subList(start, Math.min(values.size(), start + size)));
        }
        return chunks;
    }
}
