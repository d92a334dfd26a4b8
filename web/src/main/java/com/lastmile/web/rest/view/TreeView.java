package com.lastmile.web.rest.view;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /tree}: one page of the goal tree, parents before children. */
public record TreeView(LocalDate asOf, String viewer, int hidden, int total, int offset, int limit,
                       List<TreeItemView> items) {
}
