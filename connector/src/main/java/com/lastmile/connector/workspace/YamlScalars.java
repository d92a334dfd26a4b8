package com.lastmile.connector.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes scalars so that {@link WorkspaceReader} (and any YAML reader) reads back exactly the same value. */
final class YamlScalars {

    /** Plain words a YAML 1.1 reader would take for a boolean or null. */
    private static final Set<String> RESERVED_WORDS =
            Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

    private YamlScalars() {
    }

    /** Plain where that is safe inside a flow mapping, else double-quoted; Chinese and other letters stay as is. */
    static String text(String value) {
        return isSafePlain(value) ? value : doubleQuoted(value);
    }

    /** {@link BigDecimal#toString()} round-trips the exact value, scale included (2.50 stays 2.50). */
    static String number(BigDecimal value) {
        return value.toString();
    }

    static String date(LocalDate value) {
        return value.toString();
    }

    static String list(List<String> values) {
        return values.stream().map(YamlScalars::text).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Letters first (so never a number, date or indicator like {@code -} or {@code *}), then letters, digits,
     * {@code - _ .} and single inner spaces: nothing a flow context treats specially ({@code , : # [ ] { }}).
     */
    private static boolean isSafePlain(String value) {
        if (value.isEmpty() || !Character.isLetter(value.charAt(0))
                || RESERVED_WORDS.contains(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean innerSpace = c == ' ' && i < value.length() - 1 && value.charAt(i + 1) != ' ';
            if (!(innerSpace || Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static String doubleQuoted(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        quoted.append(c).append(value.charAt(++i));
                    } else if (isPrintable(c)) {
                        quoted.append(c);
                    } else {
                        quoted.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** YAML's c-printable, for characters of the Basic Multilingual Plane; a lone surrogate is not printable. */
    private static boolean isPrintable(char c) {
        return (c >= 0x20 && c <= 0x7e) || c == 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
    }
}
