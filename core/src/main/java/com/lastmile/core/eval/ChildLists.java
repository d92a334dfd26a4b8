package com.lastmile.core.eval;

import com.lastmile.core.eval.Explanation.Contribution;
import com.lastmile.core.eval.Explanation.Exclusion;
import com.lastmile.core.eval.Explanation.ExclusionReason;
import com.lastmile.core.eval.Explanation.WeightBasis;
import com.lastmile.core.model.Item;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The contributions and exclusions of a weighted mean ({@link Explanation.FromChildren}), built from the roll-up's
 * child slots when first read. A million children then cost no explanation objects until someone asks for one
 * (the JSON of a page of the tree, say); the numbers of the mean are computed either way.
 *
 * <p>Both lists are immutable and hold exactly what eager construction held: the same elements in slot order,
 * equal to, hashing and printed like any list of them. They are built once per mean; two threads reading the
 * same new explanation may both build it, each getting an equal list (the holder is immutable, so a racy read
 * is safe).
 */
final class ChildLists {

    private ChildLists() {
    }

    /** A list as {@link Explanation.FromChildren} keeps it: the evaluator's lazy lists as they are, others copied. */
    static <T> List<T> immutable(List<T> list) {
        return list instanceof Lazy<?> ? list : List.copyOf(list);
    }

    /**
     * What every mean of one evaluation reads, by child slot: the child's position among the scope's items, its key,
     * its {@link Weighting} and the progress it rolled up. None of them changes once the roll-up is done. A child's
     * record is read only for an explicit weight or points that are not a small whole number.
     */
    record Slots(List<Item> items, int[] children, String[] keys, int[] weighting, BigDecimal[] progress) {

        private Item child(int slot) {
            return items.get(children[slot]);
        }
    }

    /** The contributions of the children in slots {@code from} up to {@code to}. */
    static Contributions of(Slots slots, int from, int to, boolean pointsWeighting) {
        return new Contributions(slots, from, to, pointsWeighting);
    }

    private record Built(List<Contribution> contributions, List<Exclusion> excluded) {
    }

    /** An immutable list whose elements are made on first read; everything answers from that list. */
    private abstract static class Lazy<T> extends AbstractList<T> implements RandomAccess {

        abstract List<T> list();

        @Override
        public T get(int index) {
            return list().get(index);
        }

        @Override
        public int size() {
            return list().size();
        }

        @Override
        public boolean isEmpty() {
            return list().isEmpty();
        }

        @Override
        public Iterator<T> iterator() {
            return list().iterator();
        }

        @Override
        public Spliterator<T> spliterator() {
            return list().spliterator();
        }

        @Override
        public void forEach(Consumer<? super T> action) {
            list().forEach(action);
        }

        @Override
        public boolean contains(Object o) {
            return list().contains(o);
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return list().containsAll(c);
        }

        @Override
        public int indexOf(Object o) {
            return list().indexOf(o);
        }

        @Override
        public int lastIndexOf(Object o) {
            return list().lastIndexOf(o);
        }

        @Override
        public Object[] toArray() {
            return list().toArray();
        }

        @Override
        public <A> A[] toArray(A[] a) {
            return list().toArray(a);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || list().equals(o);
        }

        @Override
        public int hashCode() {
            return list().hashCode();
        }

        @Override
        public String toString() {
            return list().toString();
        }
    }

    /** The contributions of one mean; it also builds the exclusions, which are read far less often. */
    static final class Contributions extends Lazy<Contribution> {

        private final Slots slots;
        private final int from;
        private final int to;
        private final boolean pointsWeighting;
        private Built built;

        private Contributions(Slots slots, int from, int to, boolean pointsWeighting) {
            this.slots = slots;
            this.from = from;
            this.to = to;
            this.pointsWeighting = pointsWeighting;
        }

        @Override
        List<Contribution> list() {
            return built().contributions();
        }

        /** The children left out of the same mean. */
        List<Exclusion> excluded() {
            return new Exclusions(this);
        }

        private Built built() {
            Built result = built;
            if (result == null) {
                result = build();
                built = result;
            }
            return result;
        }

        /** The weights and exclusions of {@code RollUp.fromChildren}, from the same slot codes. */
        private Built build() {
            List<Contribution> contributions = new ArrayList<>(to - from);
            List<Exclusion> excluded = new ArrayList<>(0);
            for (int s = from; s < to; s++) {
                int code = slots.weighting()[s];
                String key = slots.keys()[s];
                BigDecimal progress = Weighting.progress(code, slots.progress()[s]);
                if (progress == null) {
                    excluded.add(new Exclusion(key, ExclusionReason.NO_PROGRESS));
                } else if (Weighting.has(code, Weighting.EXPLICIT)) {
                    contributions.add(new Contribution(key, progress, slots.child(s).weight(), WeightBasis.WEIGHT));
                } else if (pointsWeighting && Weighting.has(code, Weighting.WORK)) {
                    if (!Weighting.has(code, Weighting.POINTS)) {
                        excluded.add(new Exclusion(key, ExclusionReason.UNESTIMATED));
                    } else {
                        // small whole points: equal (value and scale 0) to the item's own
                        BigDecimal points = Weighting.has(code, Weighting.LARGE_POINTS) ? slots.child(s).points()
                                : BigDecimal.valueOf(Weighting.smallPoints(code));
                        contributions.add(new Contribution(key, progress, points, WeightBasis.STORY_POINTS));
                    }
                } else {
                    contributions.add(new Contribution(key, progress, BigDecimal.ONE, WeightBasis.EQUAL));
                }
            }
            return new Built(List.copyOf(contributions), List.copyOf(excluded));
        }
    }

    private static final class Exclusions extends Lazy<Exclusion> {

        private final Contributions mean;

        private Exclusions(Contributions mean) {
            this.mean = mean;
        }

        @Override
        List<Exclusion> list() {
            return mean.built().excluded();
        }
    }
}
