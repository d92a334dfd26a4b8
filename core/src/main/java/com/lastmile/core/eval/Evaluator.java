package com.lastmile.core.eval;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.StatusCategory;
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
 * At that size every pass over the item records costs tens of milliseconds in cache misses, so the records are
 * read twice in all: once for their keys (the index) and once for everything else; later passes use arrays.
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
        /** Each item's {@link ItemType} ordinal. */
        private final byte[] type;
        /** Each item's {@link StatusCategory} ordinal. */
        private final byte[] category;
        private final boolean[] hasMetric;
        private final FindingCollector findings;

        Run(Scope scope, LocalDate asOf) {
            this.scope = scope;
            this.asOf = asOf;
            this.items = scope.items();
            this.n = items.size();
            this.index = new KeyIndex(items);
            this.parent = new int[n];
            this.type = new byte[n];
            this.category = new byte[n];
            this.hasMetric = new boolean[n];
            this.findings = new FindingCollector(n);
        }

        private int resolve(String key) {
            int position = index.position(key);
            return position == KeyIndex.ABSENT ? UNKNOWN_PARENT : position;
        }

        Evaluation evaluate() {
            int[] weighting = new int[n];
            IntList additive = new IntList();
            Item[] records = new Item[n];
            String[] keys = new String[n];
            String[] scopeParent = new String[n];
            List<CheckpointResult> checkpoints = readItems(records, keys, scopeParent, weighting, additive);
            boolean[] inCycle = findCycles();
            checkLevelOrder();
            Tree tree = new Tree(parent, type, weighting, keys);
            DecompositionCheck decomposition = new DecompositionCheck(items, tree, hasMetric, findings);
            for (int k = 0; k < additive.size(); k++) {
                int i = additive.get(k);
                decomposition.check(i, items.get(i).metric());
            }
            RollUp rollUp = new RollUp(items, tree, type, category, hasMetric, inCycle, findings);
            rollUp.run();
            // from arrays only: even the cast of items.get(i) to Item would read every record again
            List<ItemResult> results = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (!Tree.TYPES[type[i]].isAttachment()) {
                    Item item = records[i];
                    results.add(new ItemResult(item, rollUp.progress(i), rollUp.achievement(i),
                            hasMetric[i] ? Achievement.ofStretch(item.metric()) : null, Trends.of(items, tree, i),
                            rollUp.explanation(i), scopeParent[i]));
                }
            }
            return new Evaluation(scope, asOf, results, checkpoints, findings.sorted());
        }

        /**
         * The one pass over the item records after the index: resolves each parent, keeps what later passes need
         * in arrays, and runs every check that needs only the item and its parent's position (missing parents,
         * RACI, checkpoints). Each record is read once here instead of once per rule family.
         *
         * @param records filled with the items, typed: the results are built from it without touching a record
         * @param keys filled with the items' keys
         * @param scopeParent filled with each item's parent key when the parent is in the scope, else null
         * @param weighting filled with each item's {@link Weighting}
         * @param additive filled with the positions of the items with an additive metric
         */
        private List<CheckpointResult> readItems(Item[] records, String[] keys, String[] scopeParent,
                                                 int[] weighting, IntList additive) {
            CheckpointEvaluator checkpointEvaluator = new CheckpointEvaluator(scope.settings(), asOf, items, parent,
                    index, findings);
            RaciRules raciRules = new RaciRules(scope.people(), scope.settings());
            Map<String, Integer> openAccountable = new LinkedHashMap<>();
            List<CheckpointResult> checkpoints = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Item item = items.get(i);
                records[i] = item;
                keys[i] = item.key();
                String p = item.parent();
                parent[i] = p == null ? NO_PARENT : resolve(p);
                scopeParent[i] = parent[i] >= 0 ? p : null;
                ItemType itemType = item.type();
                type[i] = (byte) itemType.ordinal();
                category[i] = (byte) item.statusCategory().ordinal();
                weighting[i] = Weighting.of(item);
                checkParent(i, item);
                Raci raci = item.raci();
                findings.addAll(i, raciRules.check(item.key(), itemType, raci));
                if (raci != null && !item.isDone()) {
                    for (String person : raci.accountable()) {
                        openAccountable.merge(person, 1, Integer::sum);
                    }
                }
                Metric metric = item.metric();
                if (metric != null) {
                    hasMetric[i] = true;
                    if (metric.additive()) {
                        additive.add(i);
                    }
                }
                if (itemType == ItemType.CHECKPOINT) {
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

        /** ORPHAN_EPIC, ORPHAN_GOAL and HIERARCHY_UNKNOWN_PARENT: what the item's own parent link tells. */
        private void checkParent(int i, Item item) {
            int p = parent[i];
            if (p == UNKNOWN_PARENT) {
                findings.add(i, Finding.of(item.key(), Rule.HIERARCHY_UNKNOWN_PARENT, item.parent()));
            } else if (p == NO_PARENT) {
                if (item.type() == ItemType.EPIC) {
                    findings.add(i, Finding.of(item.key(), Rule.ORPHAN_EPIC));
                } else if (item.type() == ItemType.CAMPAIGN || item.type() == ItemType.TACTIC) {
                    findings.add(i, Finding.of(item.key(), Rule.ORPHAN_GOAL));
                }
            }
        }

        /** HIERARCHY_LEVEL_ORDER, from the type array: the records are read only for a finding. */
        private void checkLevelOrder() {
            for (int i = 0; i < n; i++) {
                int p = parent[i];
                if (p >= 0 && Tree.TYPES[type[i]].level() <= Tree.TYPES[type[p]].level()) {
                    Item item = items.get(i);
                    Item up = items.get(p);
                    findings.add(i, Finding.of(item.key(), Rule.HIERARCHY_LEVEL_ORDER, up.key(),
                            String.valueOf(item.type().level()), String.valueOf(up.type().level())));
                }
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
