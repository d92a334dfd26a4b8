package com.lastmile.core.eval;

import static com.lastmile.core.Fixtures.AS_OF;
import static com.lastmile.core.Fixtures.checkpoint;
import static com.lastmile.core.Fixtures.checkpointData;
import static com.lastmile.core.Fixtures.dec;
import static com.lastmile.core.Fixtures.goal;
import static com.lastmile.core.Fixtures.increase;
import static com.lastmile.core.Fixtures.story;
import static com.lastmile.core.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.eval.Explanation.ExclusionReason;
import com.lastmile.core.eval.Explanation.FromChildren;
import com.lastmile.core.eval.Explanation.FromMetric;
import com.lastmile.core.eval.Explanation.NoProgress;
import com.lastmile.core.eval.Explanation.WeightBasis;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Workspace;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    static Evaluation evaluate(Item... items) {
        return Evaluator.evaluate(Scope.everything(workspace(items)), AS_OF);
    }

    static ItemResult result(Evaluation evaluation, String key) {
        return evaluation.item(key).orElseThrow();
    }

    static List<Rule> rulesFor(Evaluation evaluation, String key) {
        return evaluation.findings().stream().filter(f -> key.equals(f.key())).map(Finding::rule).toList();
    }

    @Nested
    class RollUp {

        @Test
        void metricWithActualGivesClampedAchievementAndKeepsItUncapped() {
            Evaluation evaluation = evaluate(goal("G", ItemType.STRATEGIC_GOAL, null)
                    .metric(increase("0", "40", "60")).build());
            ItemResult goal = result(evaluation, "G");
            assertThat(goal.progress()).isEqualByComparingTo("1");
            assertThat(goal.achievement()).isEqualByComparingTo("1.5");
            FromMetric explanation = (FromMetric) goal.explanation();
            assertThat(explanation.clamped()).isTrue();
            assertThat(explanation.formula()).isEqualTo(Explanation.Formula.AGAINST_BASELINE);
        }

        @Test
        void negativeAchievementClampsToZero() {
            Evaluation evaluation = evaluate(goal("G", ItemType.STRATEGIC_GOAL, null)
                    .metric(increase("10", "20", "5")).build());
            assertThat(result(evaluation, "G").progress()).isEqualByComparingTo("0");
            assertThat(result(evaluation, "G").achievement()).isEqualByComparingTo("-0.5");
        }

        @Test
        void storyPointsWeighTheChildrenAndUnestimatedSiblingsAreExcludedAndListed() {
            Evaluation evaluation = evaluate(
                    goal("E", ItemType.EPIC, null).build(),
                    story("S1", "E", "Done", "3"),
                    story("S2", "E", "To Do", "1"),
                    story("S3", "E", "Done", null));
            ItemResult epic = result(evaluation, "E");
            assertThat(epic.progress()).isEqualByComparingTo("0.75");
            FromChildren explanation = (FromChildren) epic.explanation();
            assertThat(explanation.contributions()).extracting(Explanation.Contribution::basis)
                    .containsOnly(WeightBasis.STORY_POINTS);
            assertThat(explanation.excluded()).containsExactly(
                    new Explanation.Exclusion("S3", ExclusionReason.UNESTIMATED));
            assertThat(explanation.totalWeight()).isEqualByComparingTo("4");
        }

        @Test
        void withoutPointsEveryChildWeighsOne() {
            Evaluation evaluation = evaluate(
                    goal("E", ItemType.EPIC, null).build(),
                    story("S1", "E", "Done", null),
                    story("S2", "E", "In Progress", null),
                    story("S3", "E", "To Do", null));
            assertThat(result(evaluation, "E").progress()).isEqualByComparingTo(
                    BigDecimal.ONE.divide(new BigDecimal(3), com.lastmile.core.rules.Decimals.QUOTIENT));
        }

        @Test
        void explicitWeightWins() {
            Evaluation evaluation = evaluate(
                    goal("G", ItemType.CAMPAIGN, null).build(),
                    goal("T1", ItemType.TACTIC, "G").weight(dec("3")).metric(increase(null, "10", "10")).build(),
                    goal("T2", ItemType.TACTIC, "G").weight(dec("1")).metric(increase(null, "10", "0")).build());
            assertThat(result(evaluation, "G").progress()).isEqualByComparingTo("0.75");
        }

        @Test
        void leafWorkItemsCountByStatusCategory() {
            Evaluation evaluation = evaluate(story("S", null, "Closed", null), story("T", null, "In Review", null));
            assertThat(result(evaluation, "S").progress()).isEqualByComparingTo("1");
            assertThat(result(evaluation, "T").progress()).isEqualByComparingTo("0");
        }

        @Test
        void goalWithoutMetricOrChildrenIsNotMeasurableAndLeftOutOfItsParent() {
            Evaluation evaluation = evaluate(
                    goal("G", ItemType.STRATEGIC_GOAL, null).build(),
                    goal("C1", ItemType.CAMPAIGN, "G").build(),
                    goal("C2", ItemType.CAMPAIGN, "G").metric(increase(null, "10", "4")).build());
            assertThat(result(evaluation, "C1").progress()).isNull();
            assertThat(result(evaluation, "C1").explanation())
                    .isEqualTo(new NoProgress(Explanation.Reason.NOT_MEASURABLE));
            assertThat(rulesFor(evaluation, "C1")).containsExactly(Rule.GOAL_NOT_MEASURABLE);
            assertThat(result(evaluation, "G").progress()).isEqualByComparingTo("0.4");
            assertThat(((FromChildren) result(evaluation, "G").explanation()).excluded())
                    .containsExactly(new Explanation.Exclusion("C1", ExclusionReason.NO_PROGRESS));
        }

        @Test
        void goalWithMetricButNoActualRollsUpFromChildren() {
            Evaluation evaluation = evaluate(
                    goal("T", ItemType.TACTIC, null).metric(increase(null, "10", null)).build(),
                    goal("E", ItemType.EPIC, "T").build(),
                    story("S1", "E", "Done", null), story("S2", "E", "To Do", null));
            assertThat(result(evaluation, "T").progress()).isEqualByComparingTo("0.5");
            assertThat(result(evaluation, "T").achievement()).isNull();
        }

        @Test
        void checkpointsAndRetrospectivesAreNotChildren() {
            Evaluation evaluation = evaluate(
                    goal("G", ItemType.CAMPAIGN, null).build(),
                    checkpoint("CP", "G", AS_OF, "5", "5"),
                    Item.builder("R", ItemType.RETROSPECTIVE).parent("G").status("Done").build());
            assertThat(result(evaluation, "G").progress()).isNull();
            assertThat(evaluation.items()).extracting(ItemResult::key).containsExactly("G");
        }

        @Test
        void invalidMetricIsReportedAndDoesNotProduceProgress() {
            Evaluation evaluation = evaluate(goal("G", ItemType.CAMPAIGN, null)
                    .metric(new Metric("cost", "", Direction.DECREASE, null, dec("5"), null, dec("7"), false))
                    .build());
            assertThat(result(evaluation, "G").progress()).isNull();
            assertThat(rulesFor(evaluation, "G")).contains(Rule.METRIC_BASELINE_REQUIRED, Rule.ORPHAN_GOAL);
        }
    }

    @Nested
    class Hierarchy {

        @Test
        void cycleIsReportedForEachMemberAndExcludedFromRollUpWithoutLooping() {
            Evaluation evaluation = evaluate(
                    goal("A", ItemType.CAMPAIGN, "C").build(),
                    goal("B", ItemType.TACTIC, "A").build(),
                    goal("C", ItemType.EPIC, "B").build(),
                    story("S", "C", "Done", null),
                    goal("G", ItemType.STRATEGIC_GOAL, null).metric(increase(null, "10", "5")).build());
            for (String key : List.of("A", "B", "C")) {
                assertThat(rulesFor(evaluation, key)).contains(Rule.HIERARCHY_CYCLE);
                assertThat(result(evaluation, key).progress()).isNull();
            }
            Finding cycle = evaluation.findings().stream().filter(f -> f.rule() == Rule.HIERARCHY_CYCLE)
                    .findFirst().orElseThrow();
            assertThat(cycle.args().get(0)).isEqualTo("A → C → B → A");
            assertThat(result(evaluation, "S").progress()).isEqualByComparingTo("1");
            assertThat(result(evaluation, "G").progress()).isEqualByComparingTo("0.5");
        }

        @Test
        void itemParentOfItselfIsACycle() {
            Evaluation evaluation = evaluate(goal("A", ItemType.CAMPAIGN, "A").build());
            assertThat(rulesFor(evaluation, "A")).contains(Rule.HIERARCHY_CYCLE);
        }

        @Test
        void childAboveItsParentsLevelIsAnError() {
            Evaluation evaluation = evaluate(
                    goal("E", ItemType.EPIC, null).build(),
                    goal("C", ItemType.CAMPAIGN, "E").build());
            assertThat(rulesFor(evaluation, "C")).contains(Rule.HIERARCHY_LEVEL_ORDER);
            assertThat(evaluation.findings().stream().filter(f -> f.rule() == Rule.HIERARCHY_LEVEL_ORDER).findFirst()
                    .orElseThrow().args()).containsExactly("E", "1", "3");
        }

        @Test
        void sameLevelIsAnErrorButSkippingLevelsIsFine() {
            Evaluation evaluation = evaluate(
                    goal("G", ItemType.STRATEGIC_GOAL, null).build(),
                    goal("E", ItemType.EPIC, "G").build(),
                    goal("E2", ItemType.EPIC, "E").build());
            assertThat(rulesFor(evaluation, "E")).doesNotContain(Rule.HIERARCHY_LEVEL_ORDER);
            assertThat(rulesFor(evaluation, "E2")).contains(Rule.HIERARCHY_LEVEL_ORDER);
        }

        @Test
        void orphansAndUnknownParents() {
            Evaluation evaluation = evaluate(
                    goal("E", ItemType.EPIC, null).build(),
                    goal("T", ItemType.TACTIC, null).build(),
                    goal("C", ItemType.CAMPAIGN, "NOPE-1").build(),
                    goal("G", ItemType.STRATEGIC_GOAL, null).metric(increase(null, "1", "1")).build());
            assertThat(rulesFor(evaluation, "E")).containsExactly(Rule.ORPHAN_EPIC);
            assertThat(rulesFor(evaluation, "T")).contains(Rule.ORPHAN_GOAL);
            assertThat(rulesFor(evaluation, "C")).contains(Rule.HIERARCHY_UNKNOWN_PARENT);
            assertThat(rulesFor(evaluation, "C")).doesNotContain(Rule.ORPHAN_GOAL);
            assertThat(rulesFor(evaluation, "G")).isEmpty();
        }

        @Test
        void decompositionGapWhenChildrenTargetsFallShort() {
            Metric parent = new Metric("signed", "家", Direction.INCREASE, null, dec("50"), null, null, true);
            Metric child = new Metric("signed", "家", Direction.INCREASE, null, dec("20"), null, null, false);
            Metric otherUnit = new Metric("signed", "个", Direction.INCREASE, null, dec("30"), null, null, false);
            Evaluation evaluation = evaluate(
                    goal("G", ItemType.STRATEGIC_GOAL, null).metric(parent).build(),
                    goal("C1", ItemType.CAMPAIGN, "G").metric(child).build(),
                    goal("C2", ItemType.CAMPAIGN, "G").metric(child).build(),
                    goal("C3", ItemType.CAMPAIGN, "G").metric(otherUnit).build());
            Finding gap = evaluation.findings().stream().filter(f -> f.rule() == Rule.DECOMPOSITION_GAP)
                    .findFirst().orElseThrow();
            assertThat(gap.key()).isEqualTo("G");
            assertThat(gap.args()).containsExactly("signed", "40", "50", "家");
        }

        @Test
        void noGapWhenChildrenAddUpOrMetricIsNotAdditive() {
            Metric parent = new Metric("signed", "", Direction.INCREASE, null, dec("50"), null, null, true);
            Metric child = new Metric("signed", "", Direction.INCREASE, null, dec("25"), null, null, false);
            Evaluation evaluation = evaluate(
                    goal("G", ItemType.STRATEGIC_GOAL, null).metric(parent).build(),
                    goal("C1", ItemType.CAMPAIGN, "G").metric(child).build(),
                    goal("C2", ItemType.CAMPAIGN, "G").metric(child).build(),
                    goal("H", ItemType.STRATEGIC_GOAL, null)
                            .metric(new Metric("signed", "", Direction.INCREASE, null, dec("99"), null, null, false))
                            .build(),
                    goal("C3", ItemType.CAMPAIGN, "H").metric(child).build());
            assertThat(evaluation.findings()).extracting(Finding::rule).doesNotContain(Rule.DECOMPOSITION_GAP);
        }

        @Test
        void decreaseMetricGapWhenChildrenAllowMoreThanTheParent() {
            Metric parent = new Metric("cost", "万元", Direction.DECREASE, dec("100"), dec("80"), null, null, true);
            Metric child = new Metric("cost", "万元", Direction.DECREASE, dec("50"), dec("45"), null, null, false);
            Evaluation evaluation = evaluate(
                    goal("G", ItemType.STRATEGIC_GOAL, null).metric(parent).build(),
                    goal("C1", ItemType.CAMPAIGN, "G").metric(child).build(),
                    goal("C2", ItemType.CAMPAIGN, "G").metric(child).build());
            assertThat(rulesFor(evaluation, "G")).containsExactly(Rule.DECOMPOSITION_GAP);
        }
    }

    @Nested
    class Checkpoints {

        private CheckpointResult only(Evaluation evaluation) {
            assertThat(evaluation.checkpoints()).hasSize(1);
            return evaluation.checkpoints().get(0);
        }

        @Test
        void majorDeviationWithoutActionIsAnError() {
            Evaluation evaluation = evaluate(
                    goal("G", ItemType.STRATEGIC_GOAL, null).metric(increase("0", "50", "22")).build(),
                    checkpoint("CP", "G", AS_OF.minusDays(1), "8", "6"));
            CheckpointResult checkpoint = only(evaluation);
            assertThat(checkpoint.goal()).isEqualTo("G");
            assertThat(checkpoint.deviation()).isEqualByComparingTo("-0.25");
            assertThat(checkpoint.band()).isEqualTo(com.lastmile.core.rules.Band.MAJOR);
            assertThat(checkpoint.state()).isEqualTo(CheckpointState.CHECKED);
            assertThat(rulesFor(evaluation, "CP")).containsExactly(Rule.MAJOR_DEVIATION_WITHOUT_ACTION);
            assertThat(evaluation.findings().stream().filter(f -> "CP".equals(f.key())).findFirst().orElseThrow()
                    .args()).containsExactly("-25%");
        }

        @Test
        void linkedCorrectiveActionSatisfiesTheMajorRuleOnlyWhenItIsInScope() {
            Item goal = goal("G", ItemType.STRATEGIC_GOAL, null).metric(increase("0", "50", "22")).build();
            Item withAction = Item.builder("CP", ItemType.CHECKPOINT).parent("G").due(AS_OF)
                    .checkpoint(checkpointData("8", "6", null, null, "long decision chains", List.of("E"))).build();
            Item action = goal("E", ItemType.EPIC, "G").build();
            assertThat(rulesFor(evaluate(goal, withAction, action), "CP")).isEmpty();
            assertThat(rulesFor(evaluate(goal, withAction), "CP")).containsExactly(Rule.MAJOR_DEVIATION_WITHOUT_ACTION);
        }

        @Test
        void controllableDeviationNeedsACause() {
            Item goal = goal("G", ItemType.STRATEGIC_GOAL, null).metric(increase("0", "100", null)).build();
            Item noCause = checkpoint("CP", "G", AS_OF, "20", "18");
            assertThat(rulesFor(evaluate(goal, noCause), "CP"))
                    .containsExactly(Rule.CONTROLLABLE_DEVIATION_WITHOUT_CAUSE);
            Item withCause = noCause.withCheckpoint(checkpointData("20", "18", null, null, "holiday", List.of()));
            assertThat(rulesFor(evaluate(goal, withCause), "CP")).isEmpty();
        }

        @Test
        void statesFollowTheAsOfDateAndTheSpotCheck() {
            Item goal = goal("G", ItemType.STRATEGIC_GOAL, null).metric(increase("0", "100", null)).build();
            Evaluation evaluation = evaluate(goal,
                    checkpoint("PENDING", "G", AS_OF, "10", null),
                    checkpoint("OVERDUE", "G", AS_OF.minusDays(1), "10", null),
                    Item.builder("VERIFIED", ItemType.CHECKPOINT).parent("G").due(AS_OF)
                            .checkpoint(checkpointData("10", "10", null,
                                    new com.lastmile.core.model.Verification(5, 5, "boss", null), null, List.of()))
                            .build(),
                    Item.builder("FAILED", ItemType.CHECKPOINT).parent("G").due(AS_OF)
                            .checkpoint(checkpointData("10", "10", null,
                                    new com.lastmile.core.model.Verification(5, 3, "boss", null), null, List.of()))
                            .build());
            assertThat(evaluation.checkpoints()).extracting(CheckpointResult::state).containsExactly(
                    CheckpointState.PENDING, CheckpointState.OVERDUE, CheckpointState.VERIFIED,
                    CheckpointState.VERIFICATION_FAILED);
            assertThat(rulesFor(evaluation, "OVERDUE")).containsExactly(Rule.CHECKPOINT_OVERDUE);
            assertThat(rulesFor(evaluation, "FAILED")).containsExactly(Rule.CHECKPOINT_VERIFICATION_FAILED);
            assertThat(rulesFor(evaluation, "PENDING")).isEmpty();
            assertThat(evaluation.checkpoints().get(0).deviation()).isNull();
        }

        @Test
        void rebaselinedCheckpointAlsoReportsTheDeviationAgainstTheOriginalPlan() {
            Item goal = goal("G", ItemType.STRATEGIC_GOAL, null).metric(increase("0", "100", null)).build();
            Item replanned = Item.builder("CP", ItemType.CHECKPOINT).parent("G").due(AS_OF)
                    .checkpoint(checkpointData("16", "16",
                            new com.lastmile.core.model.OriginalPlan(dec("20"), AS_OF), null, null, List.of()))
                    .build();
            CheckpointResult checkpoint = only(evaluate(goal, replanned));
            assertThat(checkpoint.rebaselined()).isTrue();
            assertThat(checkpoint.band()).isEqualTo(com.lastmile.core.rules.Band.NORMAL);
            assertThat(checkpoint.originalDeviation()).isEqualByComparingTo("-0.2");
            assertThat(checkpoint.originalBand()).isEqualTo(com.lastmile.core.rules.Band.MAJOR);
        }

        @Test
        void movedDueDateAloneIsARebaseline() {
            Item goal = goal("G", ItemType.STRATEGIC_GOAL, null).metric(increase("0", "100", null)).build();
            Item moved = Item.builder("CP", ItemType.CHECKPOINT).parent("G").due(AS_OF)
                    .checkpoint(checkpointData("10", null,
                            new com.lastmile.core.model.OriginalPlan(dec("10"), AS_OF.minusMonths(1)), null, null,
                            List.of()))
                    .build();
            CheckpointResult checkpoint = only(evaluate(goal, moved));
            assertThat(checkpoint.rebaselined()).isTrue();
            assertThat(checkpoint.originalDeviation()).isNull();
            Item unchanged = moved.withCheckpoint(checkpointData("10", null,
                    new com.lastmile.core.model.OriginalPlan(dec("10"), AS_OF), null, null, List.of()));
            assertThat(only(evaluate(goal, unchanged)).rebaselined()).isFalse();
        }

        @Test
        void decreaseMetricCheckpointIsMeasuredDirectionAware() {
            Item goal = goal("G", ItemType.STRATEGIC_GOAL, null)
                    .metric(new Metric("lead time", "days", Direction.DECREASE, dec("30"), dec("15"), null, null, false))
                    .build();
            CheckpointResult checkpoint = only(evaluate(goal, checkpoint("CP", "G", AS_OF, "20", "25")));
            assertThat(checkpoint.deviation()).isEqualByComparingTo("-0.25");
            assertThat(checkpoint.band()).isEqualTo(com.lastmile.core.rules.Band.MAJOR);
        }

        @Test
        void trendComparesTheLastTwoRecordedActualsByDueDate() {
            Item goal = goal("G", ItemType.STRATEGIC_GOAL, null).metric(increase("0", "100", null)).build();
            Evaluation improving = evaluate(goal,
                    checkpoint("Q2", "G", AS_OF.plusMonths(3), "20", "14"),
                    checkpoint("Q1", "G", AS_OF, "10", "9"),
                    checkpoint("Q3", "G", AS_OF.plusMonths(6), "30", null));
            assertThat(result(improving, "G").trend()).isEqualTo(Trend.IMPROVING);
            Evaluation worsening = evaluate(goal,
                    checkpoint("Q1", "G", AS_OF, "10", "9"), checkpoint("Q2", "G", AS_OF.plusMonths(3), "20", "7"));
            assertThat(result(worsening, "G").trend()).isEqualTo(Trend.WORSENING);
            Evaluation single = evaluate(goal, checkpoint("Q1", "G", AS_OF, "10", "9"));
            assertThat(result(single, "G").trend()).isNull();
        }

        @Test
        void trendOfADecreaseMetricImprovesWhenValuesFall() {
            Item goal = goal("G", ItemType.STRATEGIC_GOAL, null)
                    .metric(new Metric("lead time", "days", Direction.DECREASE, dec("30"), dec("15"), null, null, false))
                    .build();
            Evaluation evaluation = evaluate(goal,
                    checkpoint("Q1", "G", AS_OF, "25", "26"), checkpoint("Q2", "G", AS_OF.plusMonths(3), "20", "22"));
            assertThat(result(evaluation, "G").trend()).isEqualTo(Trend.IMPROVING);
            Evaluation flat = evaluate(goal,
                    checkpoint("Q1", "G", AS_OF, "25", "22"), checkpoint("Q2", "G", AS_OF.plusMonths(3), "20", "22.0"));
            assertThat(result(flat, "G").trend()).isEqualTo(Trend.FLAT);
        }
    }

    @Nested
    class Raci {

        @Test
        void overloadedAccountableIsReportedOncePerPersonAfterTheItems() {
            Item[] items = new Item[12];
            for (int i = 0; i < 11; i++) {
                items[i] = goal("E" + i, ItemType.EPIC, null).build();
            }
            items[11] = goal("DONE", ItemType.EPIC, null).status("Done").build();
            Evaluation evaluation = evaluate(items);
            List<Finding> overloaded = evaluation.findings().stream()
                    .filter(f -> f.rule() == Rule.RACI_OVERLOADED_ACCOUNTABLE).toList();
            assertThat(overloaded).hasSize(1);
            assertThat(overloaded.get(0).key()).isNull();
            assertThat(overloaded.get(0).args()).containsExactly("boss", "11", "10");
            assertThat(evaluation.findings().get(evaluation.findings().size() - 1)).isEqualTo(overloaded.get(0));
        }

        @Test
        void findingsAreOrderedByItemThenRule() {
            Evaluation evaluation = evaluate(
                    Item.builder("E1", ItemType.EPIC).build(),
                    goal("T", ItemType.TACTIC, null).build());
            assertThat(evaluation.findings()).extracting(Finding::key, Finding::rule).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("E1", Rule.RACI_MISSING),
                    org.assertj.core.groups.Tuple.tuple("E1", Rule.ORPHAN_EPIC),
                    org.assertj.core.groups.Tuple.tuple("T", Rule.GOAL_NOT_MEASURABLE),
                    org.assertj.core.groups.Tuple.tuple("T", Rule.ORPHAN_GOAL));
        }
    }

    @Nested
    class Visibility {

        private Workspace restricted() {
            return workspace(
                    goal("G", ItemType.STRATEGIC_GOAL, null).build(),
                    goal("PUBLIC", ItemType.CAMPAIGN, "G").metric(increase(null, "10", "2")).build(),
                    goal("SECRET", ItemType.CAMPAIGN, "G").metric(increase(null, "10", "10"))
                            .summary("Acquire Rival Corp").visibleTo(List.of("ceo")).build(),
                    goal("SECRET-T", ItemType.TACTIC, "SECRET").summary("Due diligence on Rival").build(),
                    checkpoint("SECRET-CP", "SECRET", AS_OF.minusDays(3), "8", null));
        }

        @Test
        void restrictedSubtreeIsOnlyCountedForOthers() {
            Evaluation evaluation = Evaluator.evaluate(Scope.asViewer(restricted(), "staff"), AS_OF);
            assertThat(evaluation.hidden()).isEqualTo(3);
            assertThat(evaluation.viewer()).isEqualTo("staff");
            assertThat(evaluation.items()).extracting(ItemResult::key).containsExactly("G", "PUBLIC");
            assertThat(evaluation.checkpoints()).isEmpty();
            assertThat(result(evaluation, "G").progress()).isEqualByComparingTo("0.2");
            assertThat(evaluation.findings().toString()).doesNotContain("SECRET").doesNotContain("Rival");
            assertThat(evaluation.toString()).doesNotContain("SECRET").doesNotContain("Rival");
        }

        @Test
        void permittedViewerSeesEverything() {
            Evaluation evaluation = Evaluator.evaluate(Scope.asViewer(restricted(), "ceo"), AS_OF);
            assertThat(evaluation.hidden()).isZero();
            assertThat(result(evaluation, "G").progress()).isEqualByComparingTo("0.6");
            assertThat(rulesFor(evaluation, "SECRET-CP")).containsExactly(Rule.CHECKPOINT_OVERDUE);
        }

        @Test
        void unknownViewerIsRefused() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scope.asViewer(restricted(), "nobody"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
        }
    }
}
