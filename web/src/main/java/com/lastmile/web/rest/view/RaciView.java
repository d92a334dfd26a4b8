package com.lastmile.web.rest.view;

import com.lastmile.core.review.PersonRef;
import java.util.List;

/** {@code GET /raci}: one page of the items with a RACI assignment and the people holding roles on them. */
public record RaciView(String viewer, int hidden, int total, int offset, int limit, List<PersonRef> people,
                       List<RaciItemView> items) {
}
