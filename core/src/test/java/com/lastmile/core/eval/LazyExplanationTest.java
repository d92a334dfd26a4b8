package com.lastmile.core.eval;

import static com.lastmile.core.Fixtures.AS_OF;
import static com.lastmile.core.Fixtures.goal;
import static com.lastmile.core.Fixtures.story;
import static com.lastmile.core.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lastmile.core.eval.Explanation.Contribution;
import com.lastmile.core.eval.Explanation.Exclusion;
import com.lastmile.core.eval.Explanation.ExclusionReason;
import com.lastmile.core.eval.Explanation.FromChildren;
import com.lastmile.core.eval.Explanation.WeightBasis;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluator's weighted means list their children only when read; the lists behave like eager ones. */
class LazyExplanationTest {

    private static FromChildren explanationOf(Evaluation evaluation, String key) {
        return (FromChildren) evaluation.item(key).orElseThrow().explanation();
    }

    private static Evaluation evaluate() {
        return Evaluator.evaluate(Scope.everything(workspace(
                goal("G", ItemType.STRATEGIC_GOAL, null).build(),
                goal("E", ItemType.EPIC, "G").build(),
                story("S1", "E", "Done", "3"),
                story("S2", "E", "To Do", "5"),
                story("S3", "E", "Done", null),
                story("S4", "E", "In Progress", "2.5"),
                Item.builder("S5", ItemType.STORY).parent("E").status("Done").weight(new BigDecimal("2")).build(),
                Item.builder("T1", ItemType.SUB_TASK).parent("S2").status("Done").build(),
                Item.builder("T2", ItemType.SUB_TASK).parent("S2").status("To Do").build())), AS_OF);
    }

    @Test
    void listsEveryChildWithItsWeightLikeAnEagerExplanation() {
        FromChildren epic = explanationOf(evaluate(), "E");
        List<Contribution> expected = List.of(
                new Contribution("S1", BigDecimal.ONE, new BigDecimal("3"), WeightBasis.STORY_POINTS),
                new Contribution("S2", new BigDecimal("0.5"), new BigDecimal("5"), WeightBasis.STORY_POINTS),
                new Contribution("S4", BigDecimal.ZERO, new BigDecimal("2.5"), WeightBasis.STORY_POINTS),
                new Contribution("S5", BigDecimal.ONE, new BigDecimal("2"), WeightBasis.WEIGHT));
        List<Exclusion> excluded = List.of(new Exclusion("S3", ExclusionReason.UNESTIMATED));
        FromChildren eager = new FromChildren(expected, excluded, new BigDecimal("12.5"));

        assertThat(epic).isEqualTo(eager);
        assertThat(eager).isEqualTo(epic);
        assertThat(epic.hashCode()).isEqualTo(eager.hashCode());
        assertThat(epic.toString()).isEqualTo(eager.toString());
        assertThat(epic.contributions()).containsExactlyElementsOf(expected).hasSize(4);
        assertThat(epic.excluded()).isEqualTo(excluded);
        assertThat(epic.contributions().stream().map(Contribution::key)).containsExactly("S1", "S2", "S4", "S5");
        assertThat(List.copyOf(epic.contributions())).isEqualTo(expected);
    }

    @Test
    void listsAreImmutableAndTheSameOnEveryRead() {
        FromChildren story = explanationOf(evaluate(), "S2");
        assertThat(story.contributions()).extracting(Contribution::basis)
                .containsExactly(WeightBasis.EQUAL, WeightBasis.EQUAL);
        assertThat(story.excluded()).isEmpty();
        assertThat(story.contributions().get(0)).isSameAs(story.contributions().get(0));
        assertThatThrownBy(() -> story.contributions().add(story.contributions().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> explanationOf(evaluate(), "E").excluded().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEagerlyBuiltExplanationKeepsCopies() {
        List<Contribution> contributions = new java.util.ArrayList<>();
        contributions.add(new Contribution("A", BigDecimal.ONE, BigDecimal.ONE, WeightBasis.EQUAL));
        FromChildren eager = new FromChildren(contributions, List.of(), BigDecimal.ONE);
        contributions.clear();
        assertThat(eager.contributions()).hasSize(1);
    }
}
