package com.lastmile.core.eval;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Metric;
import java.math.BigDecimal;
import java.util.List;

/**
 * DECOMPOSITION_GAP: the children measuring an additive metric (same name and unit) must together aim at
 * least as far as the parent. For an increase metric their targets must sum to at least the parent's
 * target; for a decrease metric (a cost, say) to at most it.
 */
final class DecompositionCheck {

    private final List<Item> items;
    private final Tree tree;
    private final boolean[] hasMetric;
    private final FindingCollector findings;

    /** @param hasMetric whether each item has a metric: only those children's records are read */
    DecompositionCheck(List<Item> items, Tree tree, boolean[] hasMetric, FindingCollector findings) {
        this.items = items;
        this.tree = tree;
        this.hasMetric = hasMetric;
        this.findings = findings;
    }

    void check(int i, Metric metric) {
        BigDecimal sum = BigDecimal.ZERO;
        int measuring = 0;
        for (int k = 0; k < tree.childCount(i); k++) {
            int child = tree.child(i, k);
            Metric childMetric = hasMetric[child] ? items.get(child).metric() : null;
            if (childMetric != null && childMetric.sameMeasureAs(metric)) {
                sum = sum.add(childMetric.target());
                measuring++;
            }
        }
        if (measuring == 0) {
            return;
        }
        int comparison = sum.compareTo(metric.target());
        boolean gap = metric.direction() == Direction.INCREASE ? comparison < 0 : comparison > 0;
        if (gap) {
            findings.add(i, Finding.of(items.get(i).key(), Rule.DECOMPOSITION_GAP, metric.name(),
                    sum.toPlainString(), metric.target().toPlainString(), metric.unit()));
        }
    }
}
