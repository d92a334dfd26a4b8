package com.lastmile.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared i18n bundle ({@code i18n/lastmile*.properties}, UTF-8) in one locale.
 * English is the fallback; a missing key is a programming error and fails loudly.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.lastmile";
    private static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** One instance per supported language: a server formats many messages per request. */
    private static final Map<Locale, Messages> BY_LOCALE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Parsed patterns, since parsing is the costly part of formatting. */
    private final Map<String, MessageFormat> patterns = new ConcurrentHashMap<>();

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Messages for a locale; anything but Chinese falls back to English. */
    public static Messages forLocale(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return BY_LOCALE.computeIfAbsent(chosen, language -> new Messages(ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), language));
    }

    /** Parses the command line's spelling of a locale: {@code en} or {@code zh_CN}. */
    public static Locale parseLocale(String text) {
        return switch (text) {
            case "en" -> Locale.ENGLISH;
            case "zh_CN", "zh-CN", "zh" -> SIMPLIFIED_CHINESE;
            default -> throw new IllegalArgumentException("unsupported locale '" + text + "': expected en or zh_CN");
        };
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("i18n key '" + key + "' is missing for locale " + locale, e);
        }
    }

    /** Every message whose key starts with the prefix, as written (placeholders unfilled), sorted by key. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                found.put(key, bundle.getString(key));
            }
        }
        return found;
    }

    /** The message with its {0}-style placeholders filled in. */
    public String format(String key, Object... args) {
        MessageFormat pattern = patterns.computeIfAbsent(key, k -> new MessageFormat(get(k), locale));
        // a MessageFormat is not thread-safe: each use formats with its own copy
        return ((MessageFormat) pattern.clone()).format(args);
    }
}
