package com.lastmile.core.query;

import java.util.List;

/**
 * One page of a long list: skip {@code offset} entries, then return at most {@code limit}. Every list the REST
 * API returns is bounded this way, so no request can ask for a million rows.
 */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** The first page of the default size. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }

    /** The entries of this page, in their order; empty past the end. */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min(all.size(), (long) from + limit);
        return List.copyOf(all.subList(from, to));
    }
}
