package com.lastmile.app.serve;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.query.Subtree;
import com.lastmile.web.port.UnknownKeyException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One version of the served workspace, never changed: a recording makes the next snapshot. Because a snapshot is
 * immutable, what a viewer may browse, the subtree of a root and an evaluation are computed once per snapshot
 * and shared by the requests that follow; the caches go with the snapshot when the next one replaces it.
 */
final class WorkspaceSnapshot {

    /** The key of the unrestricted viewer (person ids are never empty). */
    private static final String EVERYONE = "";
    /**
     * Items held by the cached subtree scopes (references only) and by the cached results (an evaluation, or a
     * value derived from one such as a weekly review, weighs its scope's item count; an evaluated item takes a
     * few hundred bytes): any request can name a root, so both caches are bounded, by about 10 MB and 50 MB.
     */
    private static final long SUBTREE_ITEMS = 1_000_000;
    private static final long RESULT_ITEMS = 250_000;
    /** The key of an evaluation itself among the results. */
    private static final Function<Evaluation, Evaluation> EVALUATION = Function.identity();

    private final Workspace workspace;
    private final Map<String, Integer> positions;
    private final Set<String> people;
    /** Bounded by the workspace's people: the caller resolver refuses unknown viewers. */
    private final Map<String, Visible> visible = new ConcurrentHashMap<>();
    private final BoundedCache<RootKey, Scope> subtrees = new BoundedCache<>(SUBTREE_ITEMS,
            scope -> scope.items().size() + 1);
    private final BoundedCache<ResultKey, Weighed> results = new BoundedCache<>(RESULT_ITEMS, Weighed::weight);

    /** A viewer's scope with the keys in it, for cheap "may browse" checks. */
    private record Visible(Scope scope, Set<String> keys) {
    }

    private record RootKey(String viewer, String root) {
    }

    /**
     * A result for the very scope object this snapshot handed out, a date and a derivation (a constant function):
     * identity, not equality, for the scope and the function (comparing scopes is costly).
     */
    private record ResultKey(Scope scope, LocalDate asOf, Function<Evaluation, ?> derivation) {

        @Override
        public boolean equals(Object other) {
            return other instanceof ResultKey key && key.scope == scope && key.asOf.equals(asOf)
                    && key.derivation == derivation;
        }

        @Override
        public int hashCode() {
            return (31 * System.identityHashCode(scope) + asOf.hashCode()) * 31 + System.identityHashCode(derivation);
        }
    }

    private record Weighed(Object value, long weight) {
    }

    WorkspaceSnapshot(Workspace workspace) {
        this.workspace = workspace;
        this.positions = new HashMap<>(workspace.items().size() * 2);
        for (int i = 0; i < workspace.items().size(); i++) {
            positions.putIfAbsent(workspace.items().get(i).key(), i);
        }
        this.people = workspace.people().stream().map(Person::id).collect(Collectors.toUnmodifiableSet());
    }

    Workspace workspace() {
        return workspace;
    }

    boolean knows(String personId) {
        return people.contains(personId);
    }

    Optional<Item> item(String key) {
        Integer position = positions.get(key);
        return position == null ? Optional.empty() : Optional.of(workspace.items().get(position));
    }

    boolean mayBrowse(String viewer, String key) {
        return visible(viewer).keys().contains(key);
    }

    /**
     * The workspace as the viewer (null: everyone) may browse it, narrowed to the subtree of {@code root} when
     * given; {@code hidden} then counts the hidden items of that subtree.
     *
     * @throws UnknownKeyException when the root is not among what the viewer may browse
     */
    Scope scope(String viewer, String root) {
        Scope everything = visible(viewer).scope();
        return root == null ? everything : subtrees.get(new RootKey(viewer, root), key -> subtree(everything, root));
    }

    /** A function of the scope's evaluation on that date; the evaluation and the value each computed once. */
    @SuppressWarnings("unchecked") // the key holds the very function that computed the value
    <T> T derive(Scope scope, LocalDate asOf, Function<Evaluation, T> derivation) {
        Evaluation evaluation = (Evaluation) result(scope, asOf, EVALUATION, () -> Evaluator.evaluate(scope, asOf));
        return (T) result(scope, asOf, derivation, () -> derivation.apply(evaluation));
    }

    private Object result(Scope scope, LocalDate asOf, Function<Evaluation, ?> derivation, Supplier<Object> compute) {
        return results.get(new ResultKey(scope, asOf, derivation),
                key -> new Weighed(compute.get(), scope.items().size() + 1L)).value();
    }

    /** The next snapshot: the item of the same key replaced in place, so the file keeps its order. */
    WorkspaceSnapshot with(Item replacement) {
        List<Item> items = new ArrayList<>(workspace.items());
        items.set(positions.get(replacement.key()), replacement);
        return new WorkspaceSnapshot(new Workspace(workspace.settings(), workspace.people(), items));
    }

    private Scope subtree(Scope visibleScope, String root) {
        List<Item> browsable = Subtree.of(visibleScope.items(), root);
        if (browsable.isEmpty()) {
            throw new UnknownKeyException(root);
        }
        int hidden = Subtree.of(workspace.items(), root).size() - browsable.size();
        return new Scope(visibleScope.settings(), visibleScope.people(), visibleScope.viewer(), browsable, hidden);
    }

    private Visible visible(String viewer) {
        return visible.computeIfAbsent(viewer == null ? EVERYONE : viewer, id -> {
            Scope scope = Scope.asViewer(workspace, viewer);
            return new Visible(scope, scope.items().stream().map(Item::key).collect(Collectors.toUnmodifiableSet()));
        });
    }
}
