package com.lastmile.core.review;

import com.lastmile.core.finding.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * The weekly review of an evaluation, as one viewer sees it. Built by {@link WeeklyReviewBuilder}; rendered
 * by {@link WeeklyReviewDocument}. Everything in it comes from the evaluation, so hidden items never appear.
 *
 * @param asOf the evaluation's as-of date
 * @param viewer the viewer's person id, or null for a viewer who may browse everything
 * @param hidden how many items were left out for this viewer
 * @param attention CONTROLLABLE and MAJOR deviations (also against the original plan when re-baselined):
 *                  MAJOR first, then CONTROLLABLE, within a band the worst deviation first
 * @param dueSoon checkpoints without actual due in the seven days after the as-of date
 *                (as-of &lt; due ≤ as-of + 7), earliest first
 * @param overdue OVERDUE checkpoints, longest overdue first
 * @param wins EXCEEDED checkpoints, best deviation first
 * @param hygiene the findings that the lists above do not already show (everything but
 *                CONTROLLABLE_DEVIATION_WITHOUT_CAUSE, MAJOR_DEVIATION_WITHOUT_ACTION and CHECKPOINT_OVERDUE),
 *                errors first, then warnings, then infos, each in scope order
 * @param board every goal-type item with a metric, in scope order
 */
public record WeeklyReview(LocalDate asOf, String viewer, int hidden, List<CheckpointLine> attention,
                           List<CheckpointLine> dueSoon, List<CheckpointLine> overdue, List<CheckpointLine> wins,
                           List<Finding> hygiene, List<GoalLine> board) {

    /** How many days after the as-of date "due soon" reaches (inclusive). */
    public static final int DUE_SOON_DAYS = 7;

    public WeeklyReview {
        attention = List.copyOf(attention);
        dueSoon = List.copyOf(dueSoon);
        overdue = List.copyOf(overdue);
        wins = List.copyOf(wins);
        hygiene = List.copyOf(hygiene);
        board = List.copyOf(board);
    }
}
