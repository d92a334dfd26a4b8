package com.lastmile.core.explain;

import static com.lastmile.core.Fixtures.AS_OF;
import static com.lastmile.core.Fixtures.goal;
import static com.lastmile.core.Fixtures.increase;
import static com.lastmile.core.Fixtures.story;
import static com.lastmile.core.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Explanation;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.StatusCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationSentenceTest {

    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private static final Messages ZH = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    private static ItemResult evaluate(String key, Item... items) {
        Evaluation evaluation = Evaluator.evaluate(Scope.everything(workspace(items)), AS_OF);
        return evaluation.item(key).orElseThrow();
    }

    @Test
    void aMetricAgainstItsBaselineShowsTheFormulaWithItsNumbers() {
        ItemResult goal = evaluate("G", goal("G", ItemType.CAMPAIGN, null).metric(increase("0", "50", "22")).build());
        assertThat(ExplanationSentence.of(goal, EN)).isEqualTo("Achievement (22 − 0) / (50 − 0) = 44%");
        assertThat(ExplanationSentence.of(goal, ZH)).isEqualTo("达成率 (22 − 0) / (50 − 0) = 44%");
    }

    @Test
    void aMetricWithoutBaselineAndAClampedProgressSayBoth() {
        ItemResult goal = evaluate("G", goal("G", ItemType.TACTIC, null).metric(increase(null, "300", "360")).build());
        assertThat(ExplanationSentence.of(goal, EN)).isEqualTo("Achievement 360 / 300 = 120%; progress capped at 100%");
    }

    @Test
    void childrenGiveTheirCountAndTheExcludedWithReasons() {
        ItemResult epic = evaluate("E", goal("E", ItemType.EPIC, null).build(),
                story("S1", "E", "Done", "3"), story("S2", "E", "To Do", "1"), story("S3", "E", "Done", null));
        assertThat(ExplanationSentence.of(epic, EN))
                .isEqualTo("Weighted mean of 2 children = 75%; left out: S3 (no story points)");
        assertThat(ExplanationSentence.of(epic, ZH)).isEqualTo("2 个子项的加权平均 = 75%;未计入:S3(未估算故事点)");
    }

    @Test
    void aWorkItemWithoutChildrenIsExplainedByItsStatus() {
        ItemResult story = evaluate("S", story("S", null, "Done", null));
        assertThat(ExplanationSentence.of(story, EN)).isEqualTo("Work item done: 100%");
    }

    @Test
    void noProgressSaysWhy() {
        ItemResult goal = evaluate("G", goal("G", ItemType.TACTIC, null).metric(new Metric("m", "", Direction.DECREASE,
                null, BigDecimal.TEN, null, BigDecimal.ONE, false)).build());
        assertThat(ExplanationSentence.of(goal, EN)).startsWith("No progress: the metric's definition is invalid");
    }

    @Test
    void everyExplanationHasASentenceInBothLocales() {
        for (Messages messages : List.of(EN, ZH)) {
            for (StatusCategory category : StatusCategory.values()) {
                assertThat(ExplanationSentence.of(result(Explanation.FromStatus.of(category)), messages)).isNotBlank();
            }
            for (Explanation.Reason reason : Explanation.Reason.values()) {
                assertThat(ExplanationSentence.of(result(new Explanation.NoProgress(reason)), messages)).isNotBlank();
            }
            for (Explanation.ExclusionReason reason : Explanation.ExclusionReason.values()) {
                Explanation children = new Explanation.FromChildren(List.of(), List.of(
                        new Explanation.Exclusion("X", reason)), BigDecimal.ZERO);
                assertThat(ExplanationSentence.of(result(children), messages)).contains("X");
            }
        }
    }

    private static ItemResult result(Explanation explanation) {
        return new ItemResult(Item.builder("X-1", ItemType.TACTIC).build(), null, null, null, null, explanation, null);
    }
}
