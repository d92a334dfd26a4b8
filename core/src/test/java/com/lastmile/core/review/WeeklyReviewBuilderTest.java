package com.lastmile.core.review;

import static com.lastmile.core.review.ReviewFixtures.AS_OF;
import static com.lastmile.core.review.ReviewFixtures.checkpoint;
import static com.lastmile.core.review.ReviewFixtures.dec;
import static com.lastmile.core.review.ReviewFixtures.raci;
import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.finding.Severity;
import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Metric;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.rules.Band;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyReviewBuilderTest {

    static Item goal(String key) {
        return Item.builder(key, ItemType.STRATEGIC_GOAL).summary("goal " + key).raci(raci("li.ming", "doer"))
                .metric(new Metric("m", "", Direction.INCREASE, dec("0"), dec("100"), null, null, false)).build();
    }

    static WeeklyReview review(Item... items) {
        List<Item> all = new ArrayList<>(List.of(goal("G")));
        all.addAll(List.of(items));
        return WeeklyReviewBuilder.build(Evaluator.evaluate(
                Scope.everything(new Workspace(Settings.defaults(), ReviewFixtures.people(), all)), AS_OF));
    }

    static List<String> keys(List<CheckpointLine> lines) {
        return lines.stream().map(CheckpointLine::key).toList();
    }

    @Test
    void attentionListsMajorBeforeControllableAndTheWorstDeviationFirstWithinABand() {
        WeeklyReview review = review(
                checkpoint("C1", "G", "2026-03-01", "100", "90"),   // -10 % controllable
                checkpoint("C2", "G", "2026-03-02", "100", "80"),   // -20 % major
                checkpoint("C3", "G", "2026-03-03", "100", "85"),   // -15 % controllable (edge, inclusive)
                checkpoint("C4", "G", "2026-03-04", "100", "50"),   // -50 % major
                checkpoint("C5", "G", "2026-03-05", "100", "95"),   // -5 % normal: not listed
                checkpoint("C6", "G", "2026-03-06", "100", "84.9")); // -15.1 % major
        assertThat(keys(review.attention())).containsExactly("C4", "C2", "C6", "C3", "C1");
        assertThat(review.attention()).extracting(CheckpointLine::band)
                .containsExactly(Band.MAJOR, Band.MAJOR, Band.MAJOR, Band.CONTROLLABLE, Band.CONTROLLABLE);
    }

    @Test
    void aReBaselinedCheckpointIsJudgedByItsOriginalPlanTooSoARePlanNeverHidesSlippage() {
        WeeklyReview review = WeeklyReviewBuilder.build(ReviewFixtures.asLiMing());
        assertThat(keys(review.attention())).containsExactly("LM-14", "LM-11", "LM-2", "LM-15");
        CheckpointLine replanned = review.attention().get(0);
        assertThat(replanned.band()).isEqualTo(Band.NORMAL);
        assertThat(replanned.rebaselined()).isTrue();
        assertThat(replanned.originalDeviation()).isEqualByComparingTo("-0.7");
        assertThat(replanned.originalBand()).isEqualTo(Band.MAJOR);
        assertThat(replanned.effectiveBand()).isEqualTo(Band.MAJOR);
        assertThat(replanned.effectiveDeviation()).isEqualByComparingTo("-0.7");
    }

    @Test
    void attentionCarriesGoalAccountableCauseAndInScopeActions() {
        WeeklyReview review = WeeklyReviewBuilder.build(ReviewFixtures.asLiMing());
        CheckpointLine lm2 = review.attention().stream().filter(l -> l.key().equals("LM-2")).findFirst().orElseThrow();
        assertThat(lm2.goalKey()).isEqualTo("LM-1");
        assertThat(lm2.goalSummary()).isEqualTo("新业务线年度签约50家");
        assertThat(lm2.deviation()).isEqualByComparingTo("-0.25");
        assertThat(lm2.accountable()).containsExactly(new PersonRef("ceo", "王总"));
        assertThat(lm2.soleAccountable()).isEqualTo(new PersonRef("ceo", "王总"));
        assertThat(lm2.causeRecorded()).isTrue();
        assertThat(lm2.cause()).isEqualTo("行业客户决策链长");
        assertThat(lm2.actionLinked()).isTrue();
        assertThat(lm2.actions()).containsExactly("LM-3");

        CheckpointLine lm15 = review.attention().get(3);
        assertThat(lm15.band()).isEqualTo(Band.CONTROLLABLE);
        assertThat(lm15.causeRecorded()).isFalse();
        assertThat(lm15.cause()).isNull();
        assertThat(lm15.accountable()).containsExactly(new PersonRef("li.ming", "李明"));
    }

    @Test
    void aCorrectiveActionTheViewerCannotBrowseIsNeitherNamedNorCounted() {
        CheckpointLine asLiMing = WeeklyReviewBuilder.build(ReviewFixtures.asLiMing()).attention().stream()
                .filter(l -> l.key().equals("LM-11")).findFirst().orElseThrow();
        assertThat(asLiMing.actions()).isEmpty();
        assertThat(asLiMing.actionLinked()).isFalse();

        CheckpointLine asEveryone = WeeklyReviewBuilder.build(ReviewFixtures.everything()).attention().stream()
                .filter(l -> l.key().equals("LM-11")).findFirst().orElseThrow();
        assertThat(asEveryone.actions()).containsExactly("LM-20");
        assertThat(asEveryone.actionLinked()).isTrue();
    }

    @Test
    void anAccountableListIsKeptWhenTheGoalHasSeveral() {
        Item shared = Item.builder("S", ItemType.TACTIC).summary("shared")
                .raci(new Raci(List.of("doer"), List.of("ceo", "li.ming", "ghost"), List.of(), List.of())).build();
        WeeklyReview review = review(shared, checkpoint("SC", "S", "2026-03-01", "10", "5"));
        CheckpointLine line = review.attention().get(0);
        assertThat(line.accountable()).containsExactly(new PersonRef("ceo", "王总"), new PersonRef("li.ming", "李明"),
                new PersonRef("ghost", "ghost"));
        assertThat(line.soleAccountable()).isNull();
    }

    @Test
    void dueSoonIsTheSevenDaysAfterTheAsOfDateWithTheLastDayIncludedAndTheAsOfDateExcluded() {
        WeeklyReview review = review(
                checkpoint("D0", "G", "2026-04-01", "10", null),    // as-of: not "soon"
                checkpoint("D1", "G", "2026-04-02", "10", null),    // as-of + 1
                checkpoint("D7", "G", "2026-04-08", "10", null),    // as-of + 7: included
                checkpoint("D8", "G", "2026-04-09", "10", null),    // as-of + 8: not yet
                checkpoint("D3", "G", "2026-04-04", "10", "10"),    // recorded early: nothing left to do
                checkpoint("D5", "G", "2026-04-06", "10", null));
        assertThat(keys(review.dueSoon())).containsExactly("D1", "D5", "D7");
        assertThat(review.dueSoon()).extracting(CheckpointLine::state).containsOnly(CheckpointState.PENDING);
        assertThat(review.dueSoon().get(0).accountable()).containsExactly(new PersonRef("li.ming", "李明"));
    }

    @Test
    void overdueAndWins() {
        WeeklyReview review = review(
                checkpoint("O2", "G", "2026-03-20", "10", null),
                checkpoint("O1", "G", "2026-03-01", "10", null),
                checkpoint("W1", "G", "2026-03-05", "10", "11"),  // +10 %
                checkpoint("W2", "G", "2026-03-06", "10", "15"),  // +50 %
                checkpoint("N", "G", "2026-03-07", "10", "10.5")); // +5 %: normal, not a win
        assertThat(keys(review.overdue())).containsExactly("O1", "O2");
        assertThat(review.overdue()).extracting(CheckpointLine::state).containsOnly(CheckpointState.OVERDUE);
        assertThat(keys(review.wins())).containsExactly("W2", "W1");
    }

    @Test
    void hygieneHoldsTheFindingsTheOtherListsDoNotShowErrorsFirst() {
        Item orphan = Item.builder("E", ItemType.EPIC).summary("orphan").build();
        Item failed = ReviewFixtures.checkpoint("F", "G", "2026-03-01", "10", "10", new Verification(4, 3, "doer", null),
                null, List.of(), null);
        WeeklyReview review = review(orphan, failed,
                checkpoint("M", "G", "2026-03-02", "10", "5"),      // MAJOR without action: shown in attention
                checkpoint("C", "G", "2026-03-03", "10", "9"),      // CONTROLLABLE without cause: attention
                checkpoint("O", "G", "2026-03-04", "10", null));    // OVERDUE: overdue list
        assertThat(review.hygiene()).extracting(Finding::rule).containsExactly(
                Rule.RACI_MISSING, Rule.ORPHAN_EPIC, Rule.CHECKPOINT_VERIFICATION_FAILED);
        assertThat(review.hygiene()).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.WARNING);
        assertThat(review.hygiene()).extracting(Finding::rule).doesNotContain(Rule.MAJOR_DEVIATION_WITHOUT_ACTION,
                Rule.CONTROLLABLE_DEVIATION_WITHOUT_CAUSE, Rule.CHECKPOINT_OVERDUE);
    }

    @Test
    void theBoardListsEveryVisibleGoalWithAMetric() {
        WeeklyReview review = WeeklyReviewBuilder.build(ReviewFixtures.asLiMing());
        assertThat(review.board()).extracting(GoalLine::key).containsExactly("LM-1", "LM-10");
        GoalLine lm1 = review.board().get(0);
        assertThat(lm1.target()).isEqualByComparingTo("50");
        assertThat(lm1.actual()).isEqualByComparingTo("22");
        assertThat(lm1.achievement()).isEqualByComparingTo("0.44");
        assertThat(lm1.progress()).isEqualByComparingTo("0.44");
        assertThat(lm1.accountable()).containsExactly(new PersonRef("ceo", "王总"));

        assertThat(WeeklyReviewBuilder.build(ReviewFixtures.everything()).board()).extracting(GoalLine::key)
                .containsExactly("LM-1", "LM-10", "LM-20");
    }

    @Test
    void hiddenItemsNeverAppearAndAreCounted() {
        Evaluation evaluation = ReviewFixtures.asLiMing();
        WeeklyReview review = WeeklyReviewBuilder.build(evaluation);
        assertThat(review.hidden()).isEqualTo(2);
        assertThat(review.viewer()).isEqualTo("li.ming");
        assertThat(review.asOf()).isEqualTo(AS_OF);
        assertThat(review.toString()).doesNotContain("LM-20", "LM-21", "SECRET");

        WeeklyReview everything = WeeklyReviewBuilder.build(ReviewFixtures.everything());
        assertThat(everything.hidden()).isZero();
        assertThat(everything.toString()).contains("LM-21", "SECRET");
    }
}
