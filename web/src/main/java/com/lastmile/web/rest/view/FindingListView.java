package com.lastmile.web.rest.view;

import com.lastmile.core.finding.Finding;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /findings}: one page of the findings, written with their localised messages. */
public record FindingListView(LocalDate asOf, String viewer, int hidden, int total, int offset, int limit,
                              List<Finding> findings) {
}
