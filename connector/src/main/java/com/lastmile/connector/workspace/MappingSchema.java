package com.lastmile.connector.workspace;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields a YAML mapping may hold and how to read each one into a target. Reading reports what a generic
 * YAML reader would let through: unknown fields, fields given twice and required fields left out.
 *
 * @param <T> what the fields are read into
 */
final class MappingSchema<T> {

    /** Reads one field's value, the cursor on its first token, into the target. */
    @FunctionalInterface
    interface FieldReader<T> {
        void read(T target, ProblemSink sink, String field) throws IOException;
    }

    /** @param expectedWhenMissing null for an optional field */
    private record Field<T>(FieldReader<T> reader, String expectedWhenMissing) {
    }

    private final Map<String, Field<T>> fields = new LinkedHashMap<>();

    MappingSchema<T> optional(String name, FieldReader<T> reader) {
        fields.put(name, new Field<>(reader, null));
        return this;
    }

    MappingSchema<T> required(String name, String expected, FieldReader<T> reader) {
        fields.put(name, new Field<>(reader, expected));
        return this;
    }

    /**
     * Reads the mapping at the cursor into {@code target}.
     *
     * @return the line of each field given (valid or not), or null when the value is not a mapping
     */
    Map<String, Integer> read(YamlCursor cursor, ProblemSink sink, String path, T target) throws IOException {
        if (cursor.token() != JsonToken.START_OBJECT) {
            sink.report(cursor.line(), path, "expected a mapping with " + names() + ", got " + cursor.describe());
            cursor.skipValue();
            return null;
        }
        int mappingLine = cursor.line();
        Map<String, Integer> given = new HashMap<>();
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String name = cursor.text();
            int line = cursor.line();
            String field = FieldPath.child(path, name);
            cursor.next();
            Integer firstLine = given.putIfAbsent(name, line);
            Field<T> known = fields.get(name);
            if (firstLine != null) {
                sink.report(line, field, "duplicate field '" + name + "'; already given on line " + firstLine);
                cursor.skipValue();
            } else if (known == null) {
                sink.report(line, field, "unknown field '" + name + "'; expected one of " + names());
                cursor.skipValue();
            } else {
                known.reader().read(target, sink, field);
            }
        }
        fields.forEach((name, field) -> {
            if (field.expectedWhenMissing() != null && !given.containsKey(name)) {
                sink.report(mappingLine, FieldPath.child(path, name),
                        "missing required field; expected " + field.expectedWhenMissing());
            }
        });
        return given;
    }

    private String names() {
        return String.join(", ", fields.keySet());
    }
}
