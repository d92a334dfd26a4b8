package com.lastmile.connector.jira.api;

import java.time.Instant;
import java.util.List;

/** One change history entry of an issue. */
public record ChangeEntry(Instant created, List<Item> items) {

    public ChangeEntry {
        items = List.copyOf(items);
    }

    /**
     * @param field the field's name as the changelog writes it ("duedate", "Planned value")
     * @param fieldId the field's id when Jira gives it, else null
     * @param fromText Jira's {@code fromString}: the old value as displayed
     * @param toText Jira's {@code toString}: the new value as displayed
     */
    public record Item(String field, String fieldId, String from, String fromText, String to, String toText) {
    }
}
