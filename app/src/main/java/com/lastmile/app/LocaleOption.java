package com.lastmile.app;

import com.lastmile.core.i18n.Messages;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --locale} option: en or zh_CN. */
final class LocaleOption {

    @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "en", converter = Converter.class,
            description = "Language of messages and documents: en or zh_CN (default: ${DEFAULT-VALUE}).")
    Locale locale;

    Messages messages() {
        return Messages.forLocale(locale);
    }

    /** Accepts exactly the supported locales, so a typo is a usage error rather than silent English. */
    static final class Converter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            try {
                return Messages.parseLocale(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
