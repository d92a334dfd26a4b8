package com.lastmile.web.rest.view;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /checkpoints}: one page of the filtered checkpoints, by due date, then key. */
public record CheckpointListView(LocalDate asOf, String viewer, int hidden, int total, int offset, int limit,
                                 List<CheckpointView> checkpoints) {
}
