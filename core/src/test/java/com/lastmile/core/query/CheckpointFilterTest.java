package com.lastmile.core.query;

import static com.lastmile.core.Fixtures.checkpoint;
import static com.lastmile.core.Fixtures.goal;
import static com.lastmile.core.Fixtures.increase;
import static com.lastmile.core.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.rules.Band;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckpointFilterTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 29);

    /** LM-10 MAJOR (−50 %), LM-2 NORMAL, LM-3 OVERDUE, LM-4 PENDING, LM-5 undated. */
    private static final List<CheckpointResult> CHECKPOINTS = Evaluator.evaluate(Scope.everything(workspace(
            goal("LM-1", ItemType.CAMPAIGN, null).metric(increase("0", "100", "10")).build(),
            checkpoint("LM-10", "LM-1", LocalDate.of(2026, 3, 31), "20", "10"),
            checkpoint("LM-2", "LM-1", LocalDate.of(2026, 3, 31), "10", "10"),
            checkpoint("LM-3", "LM-1", LocalDate.of(2026, 5, 31), "30", null),
            checkpoint("LM-4", "LM-1", LocalDate.of(2026, 9, 30), "40", null),
            checkpoint("LM-5", "LM-1", null, "50", null))), AS_OF).checkpoints();

    private static List<String> keys(CheckpointFilter filter) {
        return filter.apply(CHECKPOINTS).stream().map(CheckpointResult::key).toList();
    }

    @Test
    void sortsByDueDateThenKeyWithUndatedLast() {
        assertThat(keys(CheckpointFilter.any())).containsExactly("LM-2", "LM-10", "LM-3", "LM-4", "LM-5");
    }

    @Test
    void theDueWindowIsInclusiveAndLeavesUndatedCheckpointsOut() {
        assertThat(keys(new CheckpointFilter(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31), Set.of(),
                Set.of()))).containsExactly("LM-2", "LM-10", "LM-3");
        assertThat(keys(new CheckpointFilter(LocalDate.of(2026, 6, 1), null, Set.of(), Set.of())))
                .containsExactly("LM-4");
    }

    @Test
    void filtersByBandAndByState() {
        assertThat(keys(new CheckpointFilter(null, null, Set.of(Band.MAJOR, Band.CONTROLLABLE), Set.of())))
                .containsExactly("LM-10");
        assertThat(keys(new CheckpointFilter(null, null, Set.of(), Set.of(CheckpointState.OVERDUE,
                CheckpointState.PENDING)))).containsExactly("LM-3", "LM-4", "LM-5");
    }
}
