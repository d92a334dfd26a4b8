package com.lastmile.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --as-of} date: the day the evaluation is made for. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converter.class,
            description = "Evaluate as of this date (yyyy-MM-dd). Default: today.")
    LocalDate asOf;

    LocalDate date() {
        return asOf != null ? asOf : LocalDate.now();
    }

    /** Names the expected form when the date does not parse. */
    static final class Converter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a date: expected yyyy-MM-dd, e.g. 2026-06-29");
            }
        }
    }
}
