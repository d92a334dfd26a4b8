package com.lastmile.core.eval;

import com.lastmile.core.model.Item;
import java.math.BigDecimal;

/**
 * The evaluation of one item of the tree.
 *
 * @param progress in [0, 1], or null when the item has none
 * @param achievement of the item's metric against its target, uncapped; null without metric or actual
 * @param stretchAchievement the same against the stretch target
 * @param trend of the item's checkpoints, or null with fewer than two recorded actuals
 */
public record ItemResult(Item item, BigDecimal progress, BigDecimal achievement, BigDecimal stretchAchievement,
                         Trend trend, Explanation explanation) {

    public String key() {
        return item.key();
    }

    public int level() {
        return item.type().level();
    }
}
