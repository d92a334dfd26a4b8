package com.lastmile.core.eval;

import com.lastmile.core.eval.Explanation.Formula;
import com.lastmile.core.eval.Explanation.FromChildren;
import com.lastmile.core.eval.Explanation.FromMetric;
import com.lastmile.core.eval.Explanation.FromStatus;
import com.lastmile.core.eval.Explanation.NoProgress;
import com.lastmile.core.eval.Explanation.Reason;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.StatusCategory;
import com.lastmile.core.rules.Achievement;
import com.lastmile.core.rules.Decimals;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Progress roll-up, leaves first (Kahn's order over the child counts), so every child is final before its
 * parent reads it. Cycle members are never scheduled: they get no progress and the walk cannot loop.
 * The item records are read only for items with a metric and for findings: type and status category come from
 * the evaluator's arrays, a child's weight and points from its slot in the {@link Tree}.
 */
final class RollUp {

    private static final NoProgress IN_CYCLE = new NoProgress(Reason.IN_CYCLE);
    private static final NoProgress NOT_MEASURABLE = new NoProgress(Reason.NOT_MEASURABLE);
    private static final NoProgress NO_ACTUAL = new NoProgress(Reason.NO_ACTUAL);
    private static final NoProgress INVALID_METRIC = new NoProgress(Reason.INVALID_METRIC);
    private static final StatusCategory[] CATEGORIES = StatusCategory.values();
    /** A pending count no number of children brings down to 0. */
    private static final int NEVER = Integer.MAX_VALUE;

    private final List<Item> items;
    private final Tree tree;
    private final byte[] type;
    private final byte[] category;
    private final boolean[] hasMetric;
    private final boolean[] inCycle;
    private final FindingCollector findings;
    private final BigDecimal[] progress;
    private final BigDecimal[] achievement;
    private final Explanation[] explanation;
    /** Progress by child slot (see {@link Tree#slot}), except for leaves: see {@link Weighting#progress}. */
    private final BigDecimal[] childProgress;
    private final ChildLists.Slots slots;
    private final ExactSum totalWeight = new ExactSum();
    private final ExactSum weightedSum = new ExactSum();

    /**
     * @param type each item's {@link ItemType} ordinal
     * @param category each item's {@link StatusCategory} ordinal
     * @param hasMetric whether each item has a metric
     */
    RollUp(List<Item> items, Tree tree, byte[] type, byte[] category, boolean[] hasMetric, boolean[] inCycle,
           FindingCollector findings) {
        this.items = items;
        this.tree = tree;
        this.type = type;
        this.category = category;
        this.hasMetric = hasMetric;
        this.inCycle = inCycle;
        this.findings = findings;
        int n = items.size();
        this.progress = new BigDecimal[n];
        this.achievement = new BigDecimal[n];
        this.explanation = new Explanation[n];
        this.childProgress = new BigDecimal[tree.firstSlot(n)];
        this.slots = new ChildLists.Slots(items, tree.children(), tree.childKey, tree.childWeighting, childProgress);
    }

    void run() {
        int n = items.size();
        int[] weighting = tree.childWeighting;
        // non-leaf children still to evaluate; never 0 for cycle members and attachments, which are not evaluated
        int[] pending = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            int from = tree.firstSlot(i);
            int to = tree.firstSlot(i + 1);
            if (inCycle[i]) {
                explanation[i] = IN_CYCLE;
                pending[i] = NEVER;
            } else if (Tree.TYPES[type[i]].isAttachment()) {
                pending[i] = NEVER;
            } else if (from == to && Tree.TYPES[type[i]].isWork() && !hasMetric[i]) {
                // a leaf: its parent reads its progress from its slot's code (Weighting.LEAF), so it needs no slot
                // write and no turn in the queue
                StatusCategory status = CATEGORIES[category[i]];
                progress[i] = status == StatusCategory.DONE ? BigDecimal.ONE : BigDecimal.ZERO;
                explanation[i] = FromStatus.of(status);
            } else {
                int waiting = 0;
                for (int s = from; s < to; s++) {
                    waiting += Weighting.isLeaf(weighting[s]) ? 0 : 1;
                }
                pending[i] = waiting;
                if (waiting == 0) {
                    queue[tail++] = i;
                }
            }
        }
        // rounds in position order: the items a round makes ready are sorted before the next round, so each round
        // reads the per-item arrays and the children's slots front to back (any order with children first gives
        // the same results)
        int roundEnd = tail;
        for (int head = 0; head < tail; head++) {
            if (head == roundEnd) {
                Arrays.sort(queue, head, tail);
                roundEnd = tail;
            }
            int i = queue[head];
            evaluate(i);
            if (tree.slot(i) >= 0) {
                childProgress[tree.slot(i)] = progress[i];
            }
            int p = tree.parent(i);
            if (p >= 0 && --pending[p] == 0) {
                queue[tail++] = p;
            }
        }
    }

    BigDecimal progress(int i) {
        return progress[i];
    }

    BigDecimal achievement(int i) {
        return achievement[i];
    }

    Explanation explanation(int i) {
        return explanation[i];
    }

    private void evaluate(int i) {
        Metric metric = hasMetric[i] ? items.get(i).metric() : null;
        boolean validMetric = metric == null || checkMetric(i, metric);
        if (metric != null && validMetric && metric.actual() != null) {
            fromMetric(i, metric);
            return;
        }
        if (tree.childCount(i) > 0 && fromChildren(i)) {
            return;
        }
        if (Tree.TYPES[type[i]].isWork()) {
            StatusCategory status = CATEGORIES[category[i]];
            progress[i] = status == StatusCategory.DONE ? BigDecimal.ONE : BigDecimal.ZERO;
            explanation[i] = FromStatus.of(status);
        } else if (metric == null) {
            explanation[i] = NOT_MEASURABLE;
            findings.add(i, Finding.of(items.get(i).key(), Rule.GOAL_NOT_MEASURABLE));
        } else {
            explanation[i] = validMetric ? NO_ACTUAL : INVALID_METRIC;
        }
    }

    /** Reports what is wrong with the metric's definition; true when it can be measured. */
    private boolean checkMetric(int i, Metric metric) {
        List<Rule> problems = Achievement.definitionProblems(metric);
        for (Rule rule : problems) {
            String key = items.get(i).key();
            findings.add(i, rule == Rule.METRIC_TARGET_EQUALS_BASELINE
                    ? Finding.of(key, rule, metric.name(), metric.target().toPlainString())
                    : Finding.of(key, rule, metric.name()));
        }
        return problems.isEmpty();
    }

    private void fromMetric(int i, Metric metric) {
        BigDecimal value = Achievement.ofTarget(metric);
        BigDecimal clamped = Decimals.clampToUnit(value);
        achievement[i] = value;
        progress[i] = clamped;
        Formula formula = metric.baseline() == null ? Formula.AGAINST_ZERO : Formula.AGAINST_BASELINE;
        explanation[i] = new FromMetric(formula, metric.actual(), metric.baseline(), metric.target(), value,
                clamped.compareTo(value) != 0);
    }

    /**
     * The weighted mean of the measurable children; false when no child carries weight. Only the numbers are
     * computed here: the explanation lists each child's contribution from the same slots when it is read
     * ({@link ChildLists}), with the same weights and exclusions as below.
     */
    private boolean fromChildren(int i) {
        int from = tree.firstSlot(i);
        int to = tree.firstSlot(i + 1);
        int[] weighting = tree.childWeighting;
        boolean pointsWeighting = false;
        for (int s = from; s < to; s++) {
            pointsWeighting |= Weighting.has(weighting[s], Weighting.WORK | Weighting.POINTS);
        }
        boolean anyExcluded = false;
        ExactSum total = totalWeight.reset();
        ExactSum weighted = weightedSum.reset();
        for (int s = from; s < to; s++) {
            int code = weighting[s];
            BigDecimal progressOfChild = Weighting.progress(code, childProgress[s]);
            if (progressOfChild == null) {
                anyExcluded = true;
                continue;
            }
            if (Weighting.has(code, Weighting.EXPLICIT)) {
                addWeighted(items.get(tree.children()[s]).weight(), progressOfChild, total, weighted);
            } else if (pointsWeighting && Weighting.has(code, Weighting.WORK)) {
                if (!Weighting.has(code, Weighting.POINTS)) {
                    anyExcluded = true;
                } else if (Weighting.has(code, Weighting.LARGE_POINTS)) {
                    addWeighted(items.get(tree.children()[s]).points(), progressOfChild, total, weighted);
                } else {
                    addWeighted(Weighting.smallPoints(code), progressOfChild, total, weighted);
                }
            } else {
                addWeighted(1, progressOfChild, total, weighted);
            }
        }
        BigDecimal totalValue = total.value();
        if (totalValue.signum() == 0) {
            return false;
        }
        progress[i] = Decimals.divide(weighted.value(), totalValue);
        ChildLists.Contributions contributions = ChildLists.of(slots, from, to, pointsWeighting);
        explanation[i] = new FromChildren(contributions, anyExcluded ? contributions.excluded() : List.of(),
                totalValue);
        return true;
    }

    private static void addWeighted(BigDecimal weight, BigDecimal progressOfChild, ExactSum total,
                                    ExactSum weighted) {
        total.add(weight);
        // the leaves' shared 0 and 1 multiply to 0 and the weight itself: skip the product
        if (progressOfChild == BigDecimal.ONE) {
            weighted.add(weight);
        } else if (progressOfChild != BigDecimal.ZERO || weight.scale() != 0) {
            weighted.add(weight.multiply(progressOfChild));
        }
    }

    /** The same for a whole-number weight (scale 0): points or the equal weight 1, without a BigDecimal each. */
    private static void addWeighted(long weight, BigDecimal progressOfChild, ExactSum total, ExactSum weighted) {
        total.add(weight);
        if (progressOfChild == BigDecimal.ONE) {
            weighted.add(weight);
        } else if (progressOfChild != BigDecimal.ZERO) {
            weighted.add(BigDecimal.valueOf(weight).multiply(progressOfChild));
        }
    }
}
