package com.lastmile.core.review;

import com.lastmile.core.eval.Trend;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.ItemType;
import java.math.BigDecimal;
import java.util.List;

/**
 * One goal of the review's board: a goal-type item with a metric.
 *
 * @param actual the metric's latest actual, or null
 * @param achievement uncapped (1.5 means 150 %), null without actual
 * @param progress in [0, 1], or null
 * @param trend of the last two recorded checkpoint actuals, or null
 */
public record GoalLine(String key, ItemType type, String summary, String metricName, String unit,
                       Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal stretch,
                       BigDecimal actual, BigDecimal achievement, BigDecimal progress, Trend trend,
                       List<PersonRef> accountable) {

    public GoalLine {
        accountable = List.copyOf(accountable);
    }
}
