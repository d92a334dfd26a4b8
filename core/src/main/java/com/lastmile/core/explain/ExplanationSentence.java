package com.lastmile.core.explain;

import com.lastmile.core.doc.Numbers;
import com.lastmile.core.eval.Explanation;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.i18n.Messages;
import java.util.stream.Collectors;

/**
 * An item's progress explained in one localised sentence, for people who hover over a number:
 * "Achievement (22 − 0) / (50 − 0) = 44%", "Weighted mean of 3 children = 52.5%; left out: LM-51 (no progress)".
 * The structured explanation ({@link Explanation}) stays the source of truth; this only words it.
 */
public final class ExplanationSentence {

    private ExplanationSentence() {
    }

    public static String of(ItemResult result, Messages messages) {
        Explanation explanation = result.explanation();
        if (explanation instanceof Explanation.FromMetric metric) {
            return metric(metric, result, messages);
        }
        if (explanation instanceof Explanation.FromChildren children) {
            return children(children, result, messages);
        }
        if (explanation instanceof Explanation.FromStatus status) {
            return messages.format("rest.explain.status." + status.category().name(),
                    Numbers.percent(result.progress()));
        }
        Explanation.NoProgress none = (Explanation.NoProgress) explanation;
        return messages.format("rest.explain.none." + none.reason().name());
    }

    private static String metric(Explanation.FromMetric metric, ItemResult result, Messages messages) {
        String achievement = Numbers.percent(metric.achievement());
        String sentence = switch (metric.formula()) {
            case AGAINST_BASELINE -> messages.format("rest.explain.metric.baseline", Numbers.decimal(metric.actual()),
                    Numbers.decimal(metric.baseline()), Numbers.decimal(metric.target()), achievement);
            case AGAINST_ZERO -> messages.format("rest.explain.metric.zero", Numbers.decimal(metric.actual()),
                    Numbers.decimal(metric.target()), achievement);
        };
        return metric.clamped()
                ? messages.format("rest.explain.clamped", sentence, Numbers.percent(result.progress()))
                : sentence;
    }

    private static String children(Explanation.FromChildren children, ItemResult result, Messages messages) {
        String sentence = messages.format("rest.explain.children", children.contributions().size(),
                Numbers.percent(result.progress()));
        if (children.excluded().isEmpty()) {
            return sentence;
        }
        String excluded = children.excluded().stream()
                .map(e -> messages.format("rest.explain.excluded." + e.reason().name(), e.key()))
                .collect(Collectors.joining(", "));
        return messages.format("rest.explain.excluded", sentence, excluded);
    }
}
