package com.lastmile.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The shared i18n bundle ({@code i18n/lastmile*.properties}, UTF-8) in one locale.
 * English is the fallback; a missing key is a programming error and fails loudly.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.lastmile";
    private static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Messages for a locale; anything but Chinese falls back to English. */
    public static Messages forLocale(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, chosen);
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

    /** The message with its {0}-style placeholders filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
