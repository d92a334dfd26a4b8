package com.lastmile.core.review;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.CheckpointData;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Metric;
import com.lastmile.core.port.PeopleDirectory;
import com.lastmile.core.rules.Band;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        Lines lines = new Lines(evaluation);
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

    /** Turns checkpoint results into lines, looking goals and actions up in the evaluation's scope only. */
    static final class Lines {
        private final PeopleDirectory people;
        private final Map<String, Item> items = new HashMap<>();
        private final Set<String> inScope = new HashSet<>();

        Lines(Evaluation evaluation) {
            this.people = evaluation.scope().people();
            for (ItemResult result : evaluation.items()) {
                items.putIfAbsent(result.key(), result.item());
            }
            for (Item item : evaluation.scope().items()) {
                inScope.add(item.key());
            }
        }

        List<PersonRef> accountable(Item item) {
            return item == null || item.raci() == null ? List.of() : PersonRef.of(item.raci().accountable(), people);
        }

        /** The linked corrective actions that are in scope, in the order recorded, without repeats. */
        List<String> actions(Item checkpoint) {
            CheckpointData data = checkpoint.checkpoint();
            return data == null ? List.of() : data.actions().stream().filter(inScope::contains).distinct().toList();
        }

        CheckpointLine of(CheckpointResult result) {
            Item item = result.item();
            Item goal = result.goal() == null ? null : items.get(result.goal());
            CheckpointData data = item.checkpoint();
            String cause = data == null || data.cause() == null || data.cause().isBlank() ? null : data.cause();
            List<String> actions = actions(item);
            BigDecimal planned = data == null ? null : data.planned();
            BigDecimal actual = data == null ? null : data.actual();
            return new CheckpointLine(item.key(), item.summary(), goal == null ? null : goal.key(),
                    goal == null ? null : goal.summary(), item.due(), planned, actual, result.state(),
                    result.deviation(), result.band(), accountable(goal), cause != null, cause, !actions.isEmpty(),
                    actions, result.rebaselined(), result.originalDeviation(), result.originalBand());
        }
    }
}
