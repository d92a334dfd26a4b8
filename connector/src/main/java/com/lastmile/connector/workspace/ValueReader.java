package com.lastmile.connector.workspace;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads typed values at the cursor. Each method is called with the cursor on the value's first token and leaves
 * it on the value's last; a value of the wrong kind is reported, skipped and read as null.
 */
final class ValueReader {

    /** Reads one list element; returns null when the element was reported as wrong. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(String field, int index) throws IOException;
    }

    private final YamlCursor cursor;

    ValueReader(YamlCursor cursor) {
        this.cursor = cursor;
    }

    /** Any scalar as written; {@code summary: 2026} is the text "2026". */
    String text(ProblemSink sink, String field) throws IOException {
        return cursor.isScalar() ? cursor.text() : reject(sink, field, "a text");
    }

    /** A non-blank scalar naming something: a key, an id, a type. */
    String name(ProblemSink sink, String field, String expected) throws IOException {
        return cursor.isScalar() && !cursor.text().isBlank() ? cursor.text() : reject(sink, field, expected);
    }

    /** A name out of a fixed set, like an item type or a direction. */
    <E> E choice(ProblemSink sink, String field, String expected, Function<String, Optional<E>> parse)
            throws IOException {
        if (cursor.isScalar()) {
            Optional<E> value = parse.apply(cursor.text());
            if (value.isPresent()) {
                return value.get();
            }
        }
        return reject(sink, field, expected);
    }

    /** An unquoted number, exact from its text (never through a double). */
    BigDecimal number(ProblemSink sink, String field) throws IOException {
        if (cursor.isNumber()) {
            try {
                return new BigDecimal(cursor.text());
            } catch (NumberFormatException e) {
                return reject(sink, field, "a decimal number");
            }
        }
        if (cursor.token() == JsonToken.VALUE_STRING && isDecimal(cursor.text())) {
            sink.report(cursor.line(), field,
                    "expected a number, got the string " + YamlCursor.quote(cursor.text()) + " (remove the quotes)");
            return null;
        }
        return reject(sink, field, "a number");
    }

    BigDecimal nonNegativeNumber(ProblemSink sink, String field) throws IOException {
        BigDecimal value = number(sink, field);
        if (value != null && value.signum() < 0) {
            return reject(sink, field, "a number >= 0");
        }
        return value;
    }

    /** A whole number of at least {@code min} that fits an int. */
    Integer wholeNumber(ProblemSink sink, String field, int min) throws IOException {
        BigDecimal value = number(sink, field);
        if (value == null) {
            return null;
        }
        try {
            int whole = value.intValueExact();
            if (whole >= min) {
                return whole;
            }
        } catch (ArithmeticException e) {
            // not whole or too large: reported below like a value below the minimum
        }
        return reject(sink, field, "a whole number >= " + min);
    }

    Boolean bool(ProblemSink sink, String field) throws IOException {
        JsonToken token = cursor.token();
        if (cursor.isScalar() && (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)) {
            return token == JsonToken.VALUE_TRUE;
        }
        return reject(sink, field, "true or false");
    }

    /** An ISO date, yyyy-MM-dd, checked against the calendar (2026-02-30 is refused). */
    LocalDate date(ProblemSink sink, String field) throws IOException {
        if (cursor.isScalar()) {
            try {
                return LocalDate.parse(cursor.text());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return reject(sink, field, "a date yyyy-MM-dd");
    }

    /** A list; the elements the reader refuses are left out (they are reported, so nothing loads anyway). */
    <T> List<T> list(ProblemSink sink, String field, ElementReader<T> element) throws IOException {
        if (cursor.token() != JsonToken.START_ARRAY) {
            return reject(sink, field, "a list");
        }
        List<T> values = new ArrayList<>();
        for (int index = 0; cursor.nextElement(); index++) {
            T value = element.read(FieldPath.element(field, index), index);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** One name or a list of names, as RACI roles are written: {@code A: ceo} or {@code R: [a, b]}. */
    List<String> nameOrList(ProblemSink sink, String field, String expected) throws IOException {
        if (cursor.token() == JsonToken.START_ARRAY) {
            return list(sink, field, (element, index) -> name(sink, element, expected));
        }
        String single = name(sink, field, expected + " or a list of them");
        return single == null ? null : List.of(single);
    }

    /** Reports the value at the cursor as not what was expected, skips it and yields null. */
    <T> T reject(ProblemSink sink, String field, String expected) throws IOException {
        sink.report(cursor.line(), field, "expected " + expected + ", got " + cursor.describe());
        cursor.skipValue();
        return null;
    }

    private static boolean isDecimal(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
