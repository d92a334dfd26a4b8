package com.lastmile.connector.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * What stops the YAML parser (bad syntax, bad encoding, a failing read) as a problem's line, field and message.
 * The field is where the parser was, so it is named only for syntax errors; bad bytes are found ahead of it.
 */
record ReadFailure(int line, String field, String message) {

    private static final String NOT_UTF8 = "expected UTF-8 text, got bytes that are not UTF-8";

    static ReadFailure of(IOException failure, YamlCursor cursor) {
        MarkedYAMLException syntax = cause(failure, MarkedYAMLException.class);
        if (syntax != null) {
            String context = syntax.getContext() == null ? "" : " (" + syntax.getContext() + ")";
            return new ReadFailure(syntax.getProblemMark().getLine() + 1, cursor.path(),
                    "invalid YAML: " + syntax.getProblem() + context);
        }
        Utf8Reader.MalformedInputException malformed = cause(failure, Utf8Reader.MalformedInputException.class);
        if (malformed != null) {
            return new ReadFailure(malformed.line(), "", NOT_UTF8);
        }
        IOException reading = readingFailure(failure);
        if (reading instanceof CharacterCodingException) {
            // a Reader that decodes ahead: the bad bytes are at or after where the parser is
            return new ReadFailure(cursor.line(), "", NOT_UTF8);
        }
        if (reading != null) {
            return new ReadFailure(0, "", describeIo(reading));
        }
        ReaderException unreadable = cause(failure, ReaderException.class);
        if (unreadable != null) {
            // SnakeYAML checks characters a block ahead of the parser and knows only their offset
            return new ReadFailure(0, "", "invalid YAML: expected printable characters, got U+%04X at character %d"
                    .formatted(unreadable.getCodePoint(), unreadable.getPosition() + 1));
        }
        // neither syntax nor reading: the parser's own complaint, such as a malformed number
        JsonProcessingException parsing = (JsonProcessingException) failure;
        int line = parsing.getLocation() == null ? cursor.line() : parsing.getLocation().getLineNr();
        return new ReadFailure(Math.max(line, 0), cursor.path(), "invalid YAML: " + parsing.getOriginalMessage());
    }

    /** An I/O failure in plain words; the caller's problem names the file. */
    static String describeIo(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "cannot read the file: it does not exist";
        }
        if (failure instanceof AccessDeniedException) {
            return "cannot read the file: permission denied";
        }
        return "cannot read the file: " + failure.getMessage();
    }

    /** The I/O failure itself or underneath the parser's exceptions (SnakeYAML wraps what the Reader throws). */
    private static IOException readingFailure(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && !(cause instanceof JsonProcessingException)) {
                return io;
            }
        }
        return null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
