package com.lastmile.core.finding;

import com.lastmile.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rule broken by an item (or, for person-level rules, by the scope: then {@code key} is null).
 *
 * @param args the values the message names, in the order of the message template's placeholders
 */
public record Finding(String key, Rule rule, List<String> args) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        args = List.copyOf(args);
    }

    public static Finding of(String key, Rule rule, String... args) {
        return new Finding(key, rule, List.of(args));
    }

    public Severity severity() {
        return rule.severity();
    }

    /** The message in the given locale, from the i18n bundles. */
    public String message(Messages messages) {
        return messages.format(rule.messageKey(), args.toArray());
    }

    /** The English message. */
    public String message() {
        return message(Messages.forLocale(Locale.ENGLISH));
    }
}
