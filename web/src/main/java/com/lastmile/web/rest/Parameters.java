package com.lastmile.web.rest;

import com.lastmile.core.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses query parameters, which arrive as text so that every bad value becomes a 400 naming the parameter and
 * saying what was expected (Jersey's own conversion would answer 404 without a word).
 */
final class Parameters {

    private Parameters() {
    }

    static boolean absent(String value) {
        return value == null || value.isBlank();
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "rest.error.date", name, value);
        }
    }

    static int integer(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw ApiException.badParameter(name, "rest.error.integer", name, String.valueOf(min), String.valueOf(max),
                value);
    }

    /** One of the allowed words, exactly as written. */
    static String choice(String name, String value, List<String> allowed) {
        if (allowed.contains(value.strip())) {
            return value.strip();
        }
        throw ApiException.badParameter(name, "rest.error.choice", name, String.join(", ", allowed), value);
    }

    /** A comma list of constant names ("MAJOR,CONTROLLABLE"), case-insensitive; absent means none. */
    static <E extends Enum<E>> Set<E> enumList(String name, String value, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (absent(value)) {
            return chosen;
        }
        for (String part : value.split(",", -1)) {
            E constant = Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.name().equalsIgnoreCase(part.strip())).findFirst()
                    .orElseThrow(() -> ApiException.badParameter(name, "rest.error.list", name,
                            Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")),
                            value));
            chosen.add(constant);
        }
        return chosen;
    }

    static Locale locale(String value) {
        try {
            return Messages.parseLocale(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("locale", "rest.error.choice", "locale", "en, zh_CN", value);
        }
    }
}
