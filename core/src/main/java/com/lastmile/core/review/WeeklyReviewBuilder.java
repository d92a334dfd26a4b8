package com.lastmile.core.review;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Metric;
import com.lastmile.core.rules.Band;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link WeeklyReview} of an evaluation. Reads only the evaluation and its scope (the items the
 * viewer may browse and the people directory), so nothing about a hidden item can appear.
 */
public final class WeeklyReviewBuilder {

    /** Findings the review already shows as lists of checkpoints rather than as hygiene. */
    private static final Set<Rule> SHOWN_AS_CHECKPOINTS = EnumSet.of(Rule.CONTROLLABLE_DEVIATION_WITHOUT_CAUSE,
            Rule.MAJOR_DEVIATION_WITHOUT_ACTION, Rule.CHECKPOINT_OVERDUE);

    private static final Comparator<CheckpointLine> WORST_FIRST = Comparator
            .comparing((CheckpointLine line) -> line.effectiveBand() == Band.MAJOR ? 0 : 1)
            .thenComparing(CheckpointLine::effectiveDeviation, Comparator.nullsLast(Comparator.naturalOrder()));
    private static final Comparator<CheckpointLine> BY_DUE = Comparator.comparing(CheckpointLine::due,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private WeeklyReviewBuilder() {
    }

    public static WeeklyReview build(Evaluation evaluation) {
        CheckpointLines lines = new CheckpointLines(evaluation);
        LocalDate asOf = evaluation.asOf();
        LocalDate horizon = asOf.plusDays(WeeklyReview.DUE_SOON_DAYS);

        List<CheckpointLine> attention = new ArrayList<>();
        List<CheckpointLine> dueSoon = new ArrayList<>();
        List<CheckpointLine> overdue = new ArrayList<>();
        List<CheckpointLine> wins = new ArrayList<>();
        for (CheckpointResult checkpoint : evaluation.checkpoints()) {
            Item item = checkpoint.item();
            boolean recorded = item.checkpoint() != null && item.checkpoint().actual() != null;
            if (CheckpointLine.needsAttention(checkpoint)) {
                attention.add(lines.of(checkpoint));
            }
            if (!recorded && item.due() != null && item.due().isAfter(asOf) && !item.due().isAfter(horizon)) {
                dueSoon.add(lines.of(checkpoint));
            }
            if (checkpoint.state() == CheckpointState.OVERDUE) {
                overdue.add(lines.of(checkpoint));
            }
            if (checkpoint.band() == Band.EXCEEDED) {
                wins.add(lines.of(checkpoint));
            }
        }
        attention.sort(WORST_FIRST);
        dueSoon.sort(BY_DUE);
        overdue.sort(BY_DUE);
        wins.sort(Comparator.comparing(CheckpointLine::deviation, Comparator.reverseOrder()));

        List<Finding> hygiene = new ArrayList<>();
        for (Finding finding : evaluation.findings()) {
            if (!SHOWN_AS_CHECKPOINTS.contains(finding.rule())) {
                hygiene.add(finding);
            }
        }
        hygiene.sort(Comparator.comparing(Finding::severity));

        List<GoalLine> board = new ArrayList<>();
        for (ItemResult result : evaluation.items()) {
            Item item = result.item();
            Metric metric = item.metric();
            if (item.type().isGoal() && metric != null) {
                board.add(new GoalLine(item.key(), item.type(), item.summary(), metric.name(), metric.unit(),
                        metric.direction(), metric.baseline(), metric.target(), metric.stretch(), metric.actual(),
                        result.achievement(), result.progress(), result.trend(), lines.accountable(item)));
            }
        }
        return new WeeklyReview(asOf, evaluation.viewer(), evaluation.hidden(), attention, dueSoon, overdue, wins,
                hygiene, board);
    }
}
