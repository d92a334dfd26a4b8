package com.lastmile.web.rest.view;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.explain.ExplanationSentence;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Item;
import java.math.BigDecimal;

/**
 * One item of {@code GET /tree}.
 *
 * @param parent the parent's key when the parent is in the caller's scope, else null (never a hidden key)
 * @param explain the structured explanation, as {@code lastmile evaluate} writes it
 * @param explainText the same in one localised sentence
 */
public record TreeItemView(String key, String summary, String type, String typeName, int level, String parent,
                           BigDecimal progress, BigDecimal achievement, BigDecimal stretchAchievement, String trend,
                           String trendName, @JsonSerialize(using = ExplainSerializer.class) ItemResult explain,
                           String explainText) {

    public static TreeItemView of(ItemResult result, Messages messages) {
        Item item = result.item();
        return new TreeItemView(item.key(), item.summary(), item.type().name(), Names.type(item.type(), messages),
                result.level(), result.scopeParent(), result.progress(), result.achievement(), result.stretchAchievement(),
                Names.code(result.trend()), Names.trend(result.trend(), messages), result,
                ExplanationSentence.of(result, messages));
    }
}
