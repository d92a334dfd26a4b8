package com.lastmile.core.eval;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.rules.Achievement;
import com.lastmile.core.rules.RaciRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a scope: hierarchy, roll-up, checkpoints, RACI and decomposition, in a few linear passes
 * over index arrays (no per-item lookups by key after the first pass), so a million items stay cheap.
 */
public final class Evaluator {

    private static final int NO_PARENT = -1;
    private static final int UNKNOWN_PARENT = -2;

    private Evaluator() {
    }

    public static Evaluation evaluate(Scope scope, LocalDate asOf) {
        return new Run(scope, asOf).evaluate();
    }

    /** The state of one evaluation. */
    private static final class Run {
        private final Scope scope;
        private final LocalDate asOf;
        private final List<Item> items;
        private final int n;
        private final KeyIndex index;
        private final int[] parent;
        private final byte[] level;
        private final boolean[] inCycle;
        private final Tree tree;
        private final FindingCollector findings;

        Run(Scope scope, LocalDate asOf) {
            this.scope = scope;
            this.asOf = asOf;
            this.items = scope.items();
            this.n = items.size();
            this.index = new KeyIndex(items);
            this.parent = new int[n];
            this.level = new byte[n];
            for (int i = 0; i < n; i++) {
                Item item = items.get(i);
                String p = item.parent();
                parent[i] = p == null ? NO_PARENT : resolve(p);
                level[i] = (byte) item.type().level();
            }
            this.findings = new FindingCollector(n);
            this.inCycle = findCycles();
            this.tree = new Tree(items, parent);
        }

        private int resolve(String key) {
            int position = index.position(key);
            return position == KeyIndex.ABSENT ? UNKNOWN_PARENT : position;
        }

        Evaluation evaluate() {
            List<CheckpointResult> checkpoints = checkItems();
            RollUp rollUp = new RollUp(items, tree, inCycle, findings);
            rollUp.run();
            Trend[] trends = Trends.of(items, tree);
            List<ItemResult> results = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Item item = items.get(i);
                if (!item.type().isAttachment()) {
                    results.add(new ItemResult(item, rollUp.progress(i), rollUp.achievement(i),
                            item.metric() == null ? null : Achievement.ofStretch(item.metric()), trends[i],
                            rollUp.explanation(i), parent[i] >= 0 ? item.parent() : null));
                }
            }
            return new Evaluation(scope, asOf, results, checkpoints, findings.sorted());
        }

        /**
         * Every check that needs only the item and its parent's position, in one pass: each item record is read
         * once here instead of once per rule family (at a million items each pass is tens of cache-missing ms).
         */
        private List<CheckpointResult> checkItems() {
            CheckpointEvaluator checkpointEvaluator = new CheckpointEvaluator(scope.settings(), asOf, items, parent,
                    index, findings);
            DecompositionCheck decomposition = new DecompositionCheck(items, tree, findings);
            RaciRules raciRules = new RaciRules(scope.people(), scope.settings());
            Map<String, Integer> openAccountable = new LinkedHashMap<>();
            List<CheckpointResult> checkpoints = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Item item = items.get(i);
                checkHierarchy(i, item);
                findings.addAll(i, raciRules.check(item.key(), item.type(), item.raci()));
                if (item.raci() != null && !item.isDone()) {
                    for (String person : item.raci().accountable()) {
                        openAccountable.merge(person, 1, Integer::sum);
                    }
                }
                Metric metric = item.metric();
                if (metric != null && metric.additive()) {
                    decomposition.check(i, metric);
                }
                if (item.type() == ItemType.CHECKPOINT) {
                    checkpoints.add(checkpointEvaluator.evaluate(i));
                }
            }
            reportOverloadedAccountables(openAccountable);
            return checkpoints;
        }

        /** Marks the members of every parent cycle (each item has one parent, so cycles are simple loops). */
        private boolean[] findCycles() {
            boolean[] cycle = new boolean[n];
            byte[] state = new byte[n];
            int[] path = new int[n];
            for (int start = 0; start < n; start++) {
                int length = 0;
                int node = start;
                while (node >= 0 && state[node] == 0) {
                    state[node] = 1;
                    path[length++] = node;
                    node = parent[node];
                }
                if (node >= 0 && state[node] == 1) {
                    reportCycle(path, length, node, cycle);
                }
                for (int k = 0; k < length; k++) {
                    state[path[k]] = 2;
                }
            }
            return cycle;
        }

        private void reportCycle(int[] path, int length, int entry, boolean[] cycle) {
            int from = 0;
            while (path[from] != entry) {
                from++;
            }
            // the loop is named from its smallest key, so the text does not depend on the scope order
            int first = from;
            for (int k = from; k < length; k++) {
                cycle[path[k]] = true;
                if (items.get(path[k]).key().compareTo(items.get(path[first]).key()) < 0) {
                    first = k;
                }
            }
            StringBuilder loop = new StringBuilder();
            int size = length - from;
            for (int step = 0; step <= size; step++) {
                int k = from + (first - from + step) % size;
                loop.append(step == 0 ? "" : " → ").append(items.get(path[k]).key());
            }
            for (int k = from; k < length; k++) {
                findings.add(path[k], Finding.of(items.get(path[k]).key(), Rule.HIERARCHY_CYCLE, loop.toString()));
            }
        }

        private void checkHierarchy(int i, Item item) {
            int p = parent[i];
            if (p == UNKNOWN_PARENT) {
                findings.add(i, Finding.of(item.key(), Rule.HIERARCHY_UNKNOWN_PARENT, item.parent()));
            } else if (p == NO_PARENT) {
                if (item.type() == ItemType.EPIC) {
                    findings.add(i, Finding.of(item.key(), Rule.ORPHAN_EPIC));
                } else if (item.type() == ItemType.CAMPAIGN || item.type() == ItemType.TACTIC) {
                    findings.add(i, Finding.of(item.key(), Rule.ORPHAN_GOAL));
                }
            } else if (item.type().level() <= level[p]) {
                // the parent's record is read only for the rare finding: the level array answers the rest
                Item up = items.get(p);
                findings.add(i, Finding.of(item.key(), Rule.HIERARCHY_LEVEL_ORDER, up.key(),
                        String.valueOf(item.type().level()), String.valueOf(up.type().level())));
            }
        }

        private void reportOverloadedAccountables(Map<String, Integer> openAccountable) {
            int limit = scope.settings().accountableLimit();
            openAccountable.forEach((person, count) -> {
                if (count > limit) {
                    findings.addScopeWide(Finding.of(null, Rule.RACI_OVERLOADED_ACCOUNTABLE, person,
                            String.valueOf(count), String.valueOf(limit)));
                }
            });
        }
    }
}
