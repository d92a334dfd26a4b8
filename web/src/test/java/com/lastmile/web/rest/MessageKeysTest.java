package com.lastmile.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code rest.*} message the REST API and the preview server name exists in both languages. */
class MessageKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(rest\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../app/src/main/java"));

    @Test
    void everyKeyNamedInTheSourcesIsInBothBundles() throws IOException {
        Set<String> keys = keysInSources();
        assertThat(keys).contains("rest.error.unknownKey", "rest.serve.listening");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Set<String> known = Messages.forLocale(locale).withPrefix("rest.").keySet();
            List<String> missing = new ArrayList<>(keys);
            missing.removeAll(known);
            assertThat(missing).as("missing in " + locale).isEmpty();
        }
    }

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }
}
