package com.lastmile.core.property;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Explanation;
import com.lastmile.core.eval.Explanation.Contribution;
import com.lastmile.core.eval.Explanation.Exclusion;
import com.lastmile.core.eval.Explanation.FromChildren;
import com.lastmile.core.eval.Explanation.FromMetric;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.eval.Trend;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.rules.Band;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a viewer sees of an evaluation, in comparable form: decimals normalised so that {@code equals} means
 * {@code compareTo == 0}, explanation lists sorted by key so that scope order does not matter.
 */
final class Views {

    private Views() {
    }

    static Evaluation evaluate(Workspace workspace, String viewer) {
        return Evaluator.evaluate(Scope.asViewer(workspace, viewer), StrategyTrees.AS_OF);
    }

    static BigDecimal norm(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    record ItemView(BigDecimal progress, BigDecimal achievement, BigDecimal stretchAchievement, Trend trend,
                    Explanation explanation) {
    }

    record CheckpointView(String goal, CheckpointState state, BigDecimal deviation, Band band, boolean rebaselined,
                          BigDecimal originalDeviation, Band originalBand) {
    }

    static Map<String, ItemView> items(Evaluation evaluation) {
        Map<String, ItemView> views = new LinkedHashMap<>();
        for (ItemResult r : evaluation.items()) {
            views.put(r.key(), new ItemView(norm(r.progress()), norm(r.achievement()), norm(r.stretchAchievement()),
                    r.trend(), explanation(r.explanation())));
        }
        return views;
    }

    static Map<String, CheckpointView> checkpoints(Evaluation evaluation) {
        Map<String, CheckpointView> views = new LinkedHashMap<>();
        for (CheckpointResult c : evaluation.checkpoints()) {
            views.put(c.key(), new CheckpointView(c.goal(), c.state(), norm(c.deviation()), c.band(),
                    c.rebaselined(), norm(c.originalDeviation()), c.originalBand()));
        }
        return views;
    }

    /** Findings as a multiset of (key, rule, args). */
    static Map<String, Long> findingMultiset(Evaluation evaluation) {
        return evaluation.findings().stream()
                .collect(Collectors.groupingBy(Views::describe, TreeMap::new, Collectors.counting()));
    }

    static String describe(Finding f) {
        return f.key() + " " + f.rule() + " " + f.args();
    }

    static Explanation explanation(Explanation explanation) {
        if (explanation instanceof FromMetric m) {
            return new FromMetric(m.formula(), norm(m.actual()), norm(m.baseline()), norm(m.target()),
                    norm(m.achievement()), m.clamped());
        }
        if (explanation instanceof FromChildren c) {
            List<Contribution> contributions = c.contributions().stream()
                    .map(x -> new Contribution(x.key(), norm(x.progress()), norm(x.weight()), x.basis()))
                    .sorted(Comparator.comparing(Contribution::key))
                    .toList();
            List<Exclusion> excluded = c.excluded().stream().sorted(Comparator.comparing(Exclusion::key)).toList();
            return new FromChildren(contributions, excluded, norm(c.totalWeight()));
        }
        return explanation;
    }

    /** The differences between two keyed views; empty when equal. */
    static <V> List<String> differences(String what, Map<String, V> expected, Map<String, V> actual) {
        List<String> differences = new ArrayList<>();
        Set<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        Set<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        if (!missing.isEmpty()) {
            differences.add(what + " missing: " + missing);
        }
        if (!extra.isEmpty()) {
            differences.add(what + " unexpected: " + extra);
        }
        for (String key : new TreeSet<>(expected.keySet())) {
            if (actual.containsKey(key) && !Objects.equals(expected.get(key), actual.get(key))) {
                differences.add(what + " " + key + ":\n    expected " + expected.get(key) + "\n    but got  "
                        + actual.get(key));
            }
        }
        return differences;
    }
}
