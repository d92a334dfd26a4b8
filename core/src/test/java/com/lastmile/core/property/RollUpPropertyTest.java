package com.lastmile.core.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Explanation.Contribution;
import com.lastmile.core.eval.Explanation.FromChildren;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Workspace;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Roll-up invariants (DESIGN.md "Progress roll-up") over random trees, cyclic and unknown-parent ones included. */
class RollUpPropertyTest {

    private static final Duration TERMINATES_WITHIN = Duration.ofSeconds(10);

    @Provide
    Arbitrary<Workspace> anyWorkspaces() {
        return StrategyTrees.anyWorkspaces();
    }

    @Provide
    Arbitrary<String> viewersOrEveryone() {
        return StrategyTrees.viewers().injectNull(0.4);
    }

    /** Property 1: every progress value is in [0, 1], for any tree and any viewer; evaluation always terminates. */
    @Property(tries = 500)
    void everyProgressIsWithinZeroAndOne(@ForAll("anyWorkspaces") Workspace workspace,
                                         @ForAll("viewersOrEveryone") String viewer) {
        Evaluation evaluation = assertTimeoutPreemptively(TERMINATES_WITHIN,
                () -> Views.evaluate(workspace, viewer), () -> "evaluation did not terminate");
        String context = "viewer " + viewer + ", workspace" + StrategyTrees.describe(workspace);
        for (ItemResult result : evaluation.items()) {
            assertWithinUnit(result.progress(), result.key() + " progress", context);
            if (result.explanation() instanceof FromChildren children) {
                for (Contribution c : children.contributions()) {
                    assertWithinUnit(c.progress(), result.key() + " contribution of " + c.key(), context);
                }
            }
        }
    }

    private static void assertWithinUnit(BigDecimal value, String what, String context) {
        if (value == null) {
            return;
        }
        assertThat(value.compareTo(BigDecimal.ZERO) >= 0 && value.compareTo(BigDecimal.ONE) <= 0)
                .as("%s = %s is not within [0, 1]; %s", what, value, context)
                .isTrue();
    }

    /**
     * Property 5: a progress rolled up from children is a weighted mean: it lies between the least and the greatest
     * progress of the children that carry weight, each contribution is its child's own progress, and the weights
     * sum to the explanation's total weight.
     */
    @Property(tries = 500)
    void rolledUpProgressIsAWeightedMeanOfTheContributions(@ForAll("anyWorkspaces") Workspace workspace,
                                                          @ForAll("viewersOrEveryone") String viewer) {
        Evaluation evaluation = Views.evaluate(workspace, viewer);
        String context = "viewer " + viewer + ", workspace" + StrategyTrees.describe(workspace);
        Map<String, ItemResult> byKey = new HashMap<>();
        evaluation.items().forEach(r -> byKey.put(r.key(), r));
        for (ItemResult result : evaluation.items()) {
            if (!(result.explanation() instanceof FromChildren children)) {
                continue;
            }
            String item = result.key();
            BigDecimal sum = children.contributions().stream().map(Contribution::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("%s: sum of contribution weights vs totalWeight; %s", item, context)
                    .isEqualByComparingTo(children.totalWeight());
            assertThat(children.totalWeight().signum()).as("%s: total weight must be positive; %s", item, context)
                    .isPositive();
            BigDecimal min = null;
            BigDecimal max = null;
            for (Contribution c : children.contributions()) {
                assertThat(c.weight().signum()).as("%s: weight of %s; %s", item, c.key(), context)
                        .isNotNegative();
                ItemResult child = byKey.get(c.key());
                assertThat(child).as("%s: contribution %s is not an evaluated item; %s", item, c.key(), context)
                        .isNotNull();
                assertThat(child.item().parent()).as("%s: contribution %s is not its child; %s", item, c.key(),
                        context).isEqualTo(item);
                assertThat(child.progress()).as("%s: contribution of %s vs its progress; %s", item, c.key(), context)
                        .isNotNull().isEqualByComparingTo(c.progress());
                if (c.weight().signum() > 0) {
                    min = min == null || c.progress().compareTo(min) < 0 ? c.progress() : min;
                    max = max == null || c.progress().compareTo(max) > 0 ? c.progress() : max;
                }
            }
            assertThat(result.progress()).as("%s: rolled-up progress vs children's [%s, %s]; %s", item, min, max,
                            context)
                    .isNotNull()
                    .isBetween(min, max);
        }
        // and no child carrying weight is silently dropped: every evaluated child is contributed or excluded
        for (ItemResult result : evaluation.items()) {
            Item child = result.item();
            ItemResult parent = child.parent() == null ? null : byKey.get(child.parent());
            if (parent != null && parent.explanation() instanceof FromChildren children) {
                boolean listed = children.contributions().stream().anyMatch(c -> c.key().equals(child.key()))
                        || children.excluded().stream().anyMatch(e -> e.key().equals(child.key()));
                assertThat(listed).as("%s: child %s neither contributes nor is listed as excluded; %s",
                        parent.key(), child.key(), context).isTrue();
            }
        }
    }
}
