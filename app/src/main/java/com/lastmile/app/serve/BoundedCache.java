package com.lastmile.app.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used cache bounded by the total weight of its values (for scopes and evaluations: their
 * item count), so no pattern of requests can grow it past a known memory. A value is computed outside the
 * lock; two threads missing the same key at once both compute it, harmlessly.
 */
final class BoundedCache<K, V> {

    private final long budget;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    BoundedCache(long budget, ToLongFunction<V> weigher) {
        this.budget = budget;
        this.weigher = weigher;
    }

    V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V computed = compute.apply(key);
        synchronized (entries) {
            V replaced = entries.put(key, computed);
            weight += weigher.applyAsLong(computed) - (replaced == null ? 0 : weigher.applyAsLong(replaced));
            for (Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
                    weight > budget && eldest.hasNext(); ) {
                weight -= weigher.applyAsLong(eldest.next().getValue());
                eldest.remove();
            }
        }
        return computed;
    }
}
