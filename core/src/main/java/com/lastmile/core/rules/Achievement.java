package com.lastmile.core.rules;

import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Achievement of a metric (达成率): {@code (actual − baseline) / (target − baseline)} with a baseline,
 * {@code actual / target} for an increase metric without one. Uncapped: 1.5 means 150 %.
 */
public final class Achievement {

    private Achievement() {
    }

    /** The rules the metric's definition breaks: a decrease metric needs a baseline; target must differ from it. */
    public static List<Rule> definitionProblems(Metric metric) {
        List<Rule> problems = new ArrayList<>(1);
        if (metric.direction() == Direction.DECREASE && metric.baseline() == null) {
            problems.add(Rule.METRIC_BASELINE_REQUIRED);
        }
        if (metric.target().compareTo(Decimals.orZero(metric.baseline())) == 0) {
            problems.add(Rule.METRIC_TARGET_EQUALS_BASELINE);
        }
        return problems;
    }

    /** Achievement of the actual against the target, or null when there is no actual or the metric is invalid. */
    public static BigDecimal ofTarget(Metric metric) {
        return against(metric, metric.target());
    }

    /** The same formula against the stretch target; null without a stretch target. */
    public static BigDecimal ofStretch(Metric metric) {
        return metric.stretch() == null ? null : against(metric, metric.stretch());
    }

    private static BigDecimal against(Metric metric, BigDecimal goal) {
        if (metric.actual() == null || !definitionProblems(metric).isEmpty()) {
            return null;
        }
        BigDecimal baseline = Decimals.orZero(metric.baseline());
        BigDecimal span = goal.subtract(baseline);
        if (span.signum() == 0) {
            return null;
        }
        return Decimals.divide(metric.actual().subtract(baseline), span);
    }
}
