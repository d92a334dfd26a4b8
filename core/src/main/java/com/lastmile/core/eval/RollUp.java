package com.lastmile.core.eval;

import com.lastmile.core.eval.Explanation.Contribution;
import com.lastmile.core.eval.Explanation.ExclusionReason;
import com.lastmile.core.eval.Explanation.Exclusion;
import com.lastmile.core.eval.Explanation.Formula;
import com.lastmile.core.eval.Explanation.FromChildren;
import com.lastmile.core.eval.Explanation.FromMetric;
import com.lastmile.core.eval.Explanation.FromStatus;
import com.lastmile.core.eval.Explanation.NoProgress;
import com.lastmile.core.eval.Explanation.Reason;
import com.lastmile.core.eval.Explanation.WeightBasis;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Metric;
import com.lastmile.core.rules.Achievement;
import com.lastmile.core.rules.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Progress roll-up, leaves first (Kahn's order over the child counts), so every child is final before its
 * parent reads it. Cycle members are never scheduled: they get no progress and the walk cannot loop.
 */
final class RollUp {

    private static final NoProgress IN_CYCLE = new NoProgress(Reason.IN_CYCLE);

    private final List<Item> items;
    private final Tree tree;
    private final boolean[] inCycle;
    private final FindingCollector findings;
    private final BigDecimal[] progress;
    private final BigDecimal[] achievement;
    private final Explanation[] explanation;
    /** Progress by child slot (see {@link Tree#slot}). */
    private final BigDecimal[] childProgress;

    RollUp(List<Item> items, Tree tree, boolean[] inCycle, FindingCollector findings) {
        this.items = items;
        this.tree = tree;
        this.inCycle = inCycle;
        this.findings = findings;
        int n = items.size();
        this.progress = new BigDecimal[n];
        this.achievement = new BigDecimal[n];
        this.explanation = new Explanation[n];
        this.childProgress = new BigDecimal[tree.firstSlot(n)];
    }

    void run() {
        int n = items.size();
        int[] pending = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            pending[i] = tree.childCount(i);
            if (inCycle[i]) {
                explanation[i] = IN_CYCLE;
            } else if (pending[i] == 0 && !items.get(i).type().isAttachment()) {
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int i = queue[head];
            evaluate(i);
            if (tree.slot(i) >= 0) {
                childProgress[tree.slot(i)] = progress[i];
            }
            int p = tree.parent(i);
            if (p >= 0 && !inCycle[p] && --pending[p] == 0 && !items.get(p).type().isAttachment()) {
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
        Item item = items.get(i);
        Metric metric = item.metric();
        boolean validMetric = metric == null || checkMetric(i, metric);
        if (metric != null && validMetric && metric.actual() != null) {
            fromMetric(i, metric);
            return;
        }
        if (tree.childCount(i) > 0 && fromChildren(i)) {
            return;
        }
        if (item.type().isWork()) {
            progress[i] = item.isDone() ? BigDecimal.ONE : BigDecimal.ZERO;
            explanation[i] = FromStatus.of(item.statusCategory());
        } else if (metric == null) {
            explanation[i] = new NoProgress(Reason.NOT_MEASURABLE);
            findings.add(i, Finding.of(item.key(), Rule.GOAL_NOT_MEASURABLE));
        } else {
            explanation[i] = new NoProgress(validMetric ? Reason.NO_ACTUAL : Reason.INVALID_METRIC);
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

    /** The weighted mean of the measurable children; false when no child carries weight. */
    private boolean fromChildren(int i) {
        int from = tree.firstSlot(i);
        int to = tree.firstSlot(i + 1);
        boolean pointsWeighting = false;
        for (int s = from; s < to; s++) {
            pointsWeighting |= tree.childType[s].isWork() && tree.childPoints[s] != null;
        }
        List<Contribution> contributions = new ArrayList<>(to - from);
        List<Exclusion> excluded = new ArrayList<>(0);
        ExactSum totalWeight = new ExactSum();
        ExactSum weightedSum = new ExactSum();
        for (int s = from; s < to; s++) {
            BigDecimal progressOfChild = childProgress[s];
            if (progressOfChild == null) {
                excluded.add(new Exclusion(tree.childKey[s], ExclusionReason.NO_PROGRESS));
                continue;
            }
            BigDecimal weight;
            WeightBasis basis;
            if (tree.childWeight[s] != null) {
                weight = tree.childWeight[s];
                basis = WeightBasis.WEIGHT;
            } else if (pointsWeighting && tree.childType[s].isWork()) {
                if (tree.childPoints[s] == null) {
                    excluded.add(new Exclusion(tree.childKey[s], ExclusionReason.UNESTIMATED));
                    continue;
                }
                weight = tree.childPoints[s];
                basis = WeightBasis.STORY_POINTS;
            } else {
                weight = BigDecimal.ONE;
                basis = WeightBasis.EQUAL;
            }
            contributions.add(new Contribution(tree.childKey[s], progressOfChild, weight, basis));
            totalWeight.add(weight);
            // the leaves' shared 0 and 1 multiply to 0 and the weight itself: skip the product
            if (progressOfChild == BigDecimal.ONE) {
                weightedSum.add(weight);
            } else if (progressOfChild != BigDecimal.ZERO || weight.scale() != 0) {
                weightedSum.add(weight.multiply(progressOfChild));
            }
        }
        BigDecimal total = totalWeight.value();
        if (total.signum() == 0) {
            return false;
        }
        progress[i] = Decimals.divide(weightedSum.value(), total);
        explanation[i] = new FromChildren(contributions, excluded, total);
        return true;
    }
}
