package com.lastmile.core.eval;

import com.lastmile.core.model.Item;
import com.lastmile.core.rules.Band;
import java.math.BigDecimal;

/**
 * The evaluation of one checkpoint.
 *
 * @param goal key of the item the checkpoint checks, or null
 * @param deviation against the current plan, null without planned value or actual
 * @param band of that deviation
 * @param rebaselined the original planned value or due date differs from the current one
 * @param originalDeviation against the original plan when re-baselined, else null
 * @param originalBand of that deviation
 */
public record CheckpointResult(Item item, String goal, CheckpointState state, BigDecimal deviation, Band band,
                               boolean rebaselined, BigDecimal originalDeviation, Band originalBand) {

    public String key() {
        return item.key();
    }
}
