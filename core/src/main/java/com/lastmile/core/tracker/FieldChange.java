package com.lastmile.core.tracker;

import java.time.Instant;

/**
 * One field change of an issue's changelog, as every tracker logs it: the raw values and their displayed forms.
 *
 * @param time when the change was made
 * @param field the changed field's name ("duedate", "Planned value")
 * @param from the old raw value, or null
 * @param fromText the old value as displayed, or null
 * @param to the new raw value, or null
 * @param toText the new value as displayed, or null
 */
public record FieldChange(Instant time, String field, String from, String fromText, String to, String toText) {
}
