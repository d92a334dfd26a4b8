package com.lastmile.connector.workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/** The current position in the YAML token stream, with what the error messages need to say about it. */
final class YamlCursor {

    private static final int MAX_QUOTED_LENGTH = 60;

    private final JsonParser parser;

    YamlCursor(JsonParser parser) {
        this.parser = parser;
    }

    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    /** Moves to the next list element; false at the end of the list. */
    boolean nextElement() throws IOException {
        JsonToken token = parser.nextToken();
        return token != null && token != JsonToken.END_ARRAY;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** 1-based line where the current token starts. */
    int line() {
        return Math.max(parser.currentTokenLocation().getLineNr(), 0);
    }

    /** The scalar as written: numbers and booleans keep their spelling. */
    String text() throws IOException {
        return parser.getText();
    }

    /** Whether the current token is a scalar other than null; an alias is not accepted as the value it names. */
    boolean isScalar() {
        JsonToken token = parser.currentToken();
        return token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL && !isAlias();
    }

    boolean isNumber() {
        return parser.currentToken() != null && parser.currentToken().isNumeric() && !isAlias();
    }

    /** Leaves the cursor on the last token of the current value. */
    void skipValue() throws IOException {
        parser.skipChildren();
    }

    /** What the current value is, for "expected X, got Y" messages. */
    String describe() throws IOException {
        if (isAlias()) {
            return "the alias '*" + text() + "' (YAML aliases are not supported)";
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return "a mapping";
        }
        if (token == JsonToken.START_ARRAY) {
            return "a list";
        }
        if (token == null || token == JsonToken.VALUE_NULL || text().isEmpty()) {
            return "nothing";
        }
        return quote(text());
    }

    /** The field path of the current token, from the parser's own context; used for YAML syntax errors. */
    String path() {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                parts.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                parts.push("." + context.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    static String quote(String text) {
        return "'" + (text.length() > MAX_QUOTED_LENGTH ? text.substring(0, MAX_QUOTED_LENGTH) + "…" : text) + "'";
    }

    private boolean isAlias() {
        return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
    }
}
