package com.lastmile.web.rest.view;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.query.PageRequest;
import com.lastmile.core.review.CheckpointLine;
import com.lastmile.core.review.GoalLine;
import com.lastmile.core.review.WeeklyReview;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /review}: the JSON of {@code lastmile review --format json}, each list paged with the same offset
 * and limit, and {@code totals} giving every list's full length.
 */
public record ReviewView(LocalDate asOf, String viewer, int hidden, int offset, int limit,
                         Map<String, Integer> totals, List<CheckpointLine> attention, List<CheckpointLine> dueSoon,
                         List<CheckpointLine> overdue, List<CheckpointLine> wins, List<Finding> hygiene,
                         List<GoalLine> board) {

    public static ReviewView of(WeeklyReview review, PageRequest page) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("attention", review.attention().size());
        totals.put("dueSoon", review.dueSoon().size());
        totals.put("overdue", review.overdue().size());
        totals.put("wins", review.wins().size());
        totals.put("hygiene", review.hygiene().size());
        totals.put("board", review.board().size());
        return new ReviewView(review.asOf(), review.viewer(), review.hidden(), page.offset(), page.limit(), totals,
                page.slice(review.attention()), page.slice(review.dueSoon()), page.slice(review.overdue()),
                page.slice(review.wins()), page.slice(review.hygiene()), page.slice(review.board()));
    }
}
