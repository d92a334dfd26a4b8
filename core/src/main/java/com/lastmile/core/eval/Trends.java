package com.lastmile.core.eval;

import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The trend of each goal: its last two recorded checkpoint actuals (by due date), direction-aware. */
final class Trends {

    /** Ties on the due date are broken by key, so the trend never depends on the order items were loaded in. */
    private static final Comparator<Item> BY_DUE = Comparator.comparing(Item::due,
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Item::key);

    private Trends() {
    }

    /** The trend of the item at position i, or null with fewer than two recorded checkpoint actuals. */
    static Trend of(List<Item> items, Tree tree, int i) {
        return tree.checkpointCount(i) >= 2 ? trend(items, tree, i) : null;
    }

    private static Trend trend(List<Item> items, Tree tree, int goal) {
        Item previous = null;
        Item last = null;
        for (int k = 0; k < tree.checkpointCount(goal); k++) {
            Item checkpoint = items.get(tree.checkpoint(goal, k));
            if (checkpoint.checkpoint() == null || checkpoint.checkpoint().actual() == null) {
                continue;
            }
            if (last == null || BY_DUE.compare(checkpoint, last) >= 0) {
                previous = last;
                last = checkpoint;
            } else if (previous == null || BY_DUE.compare(checkpoint, previous) >= 0) {
                previous = checkpoint;
            }
        }
        if (previous == null) {
            return null;
        }
        Metric metric = items.get(goal).metric();
        int sign = metric == null ? Direction.INCREASE.sign() : metric.direction().sign();
        BigDecimal change = last.checkpoint().actual().subtract(previous.checkpoint().actual());
        int better = change.signum() * sign;
        return better > 0 ? Trend.IMPROVING : better < 0 ? Trend.WORSENING : Trend.FLAT;
    }
}
