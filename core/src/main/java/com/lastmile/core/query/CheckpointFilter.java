package com.lastmile.core.query;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.rules.Band;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which checkpoints a list shows: a due-date window (both ends inclusive, either open) and sets of bands and
 * states (an empty set allows any). A checkpoint without due date is outside every window; one without a
 * deviation has no band and is outside every band filter.
 */
public record CheckpointFilter(LocalDate from, LocalDate to, Set<Band> bands, Set<CheckpointState> states) {

    /** By due date (undated last), then by issue key. */
    public static final Comparator<CheckpointResult> BY_DUE_THEN_KEY = Comparator
            .comparing((CheckpointResult c) -> c.item().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CheckpointResult::key, IssueKeys.ORDER);

    public CheckpointFilter {
        bands = Set.copyOf(bands);
        states = Set.copyOf(states);
    }

    /** Every checkpoint. */
    public static CheckpointFilter any() {
        return new CheckpointFilter(null, null, Set.of(), Set.of());
    }

    public boolean test(CheckpointResult checkpoint) {
        LocalDate due = checkpoint.item().due();
        if ((from != null || to != null) && due == null) {
            return false;
        }
        if (from != null && due.isBefore(from) || to != null && due.isAfter(to)) {
            return false;
        }
        if (!bands.isEmpty() && (checkpoint.band() == null || !bands.contains(checkpoint.band()))) {
            return false;
        }
        return states.isEmpty() || states.contains(checkpoint.state());
    }

    /** The checkpoints that pass, sorted by due date, then key. */
    public List<CheckpointResult> apply(List<CheckpointResult> checkpoints) {
        return checkpoints.stream().filter(this::test).sorted(BY_DUE_THEN_KEY).toList();
    }
}
