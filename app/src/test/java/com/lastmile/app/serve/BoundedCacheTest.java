package com.lastmile.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void computesOnceAndEvictsTheLeastRecentlyUsedBeyondTheBudget() {
        List<String> computed = new ArrayList<>();
        BoundedCache<String, String> cache = new BoundedCache<>(10, String::length);
        cache.get("aaaa", key -> record(computed, key));
        cache.get("bbbb", key -> record(computed, key));
        cache.get("aaaa", key -> record(computed, key));
        cache.get("cccc", key -> record(computed, key));
        assertThat(computed).containsExactly("aaaa", "bbbb", "cccc");
        cache.get("aaaa", key -> record(computed, key));
        cache.get("bbbb", key -> record(computed, key));
        assertThat(computed).containsExactly("aaaa", "bbbb", "cccc", "bbbb");
    }

    @Test
    void aFailedComputationCachesNothing() {
        BoundedCache<String, String> cache = new BoundedCache<>(10, String::length);
        try {
            cache.get("x", key -> {
                throw new IllegalStateException("no");
            });
        } catch (IllegalStateException expected) {
            // the next get computes again
        }
        assertThat(cache.get("x", key -> "value")).isEqualTo("value");
    }

    private static String record(List<String> computed, String key) {
        computed.add(key);
        return key;
    }
}
