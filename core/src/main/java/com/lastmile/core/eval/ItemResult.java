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
 * @param scopeParent the parent's key when the parent is in the scope, else null: a parent outside the scope or
 *                    hidden from the viewer is never named
 */
public record ItemResult(Item item, BigDecimal progress, BigDecimal achievement, BigDecimal stretchAchievement,
                         Trend trend, Explanation explanation, String scopeParent) {

    public String key() {
        return item.key();
    }

    public int level() {
        return item.type().level();
    }
}
