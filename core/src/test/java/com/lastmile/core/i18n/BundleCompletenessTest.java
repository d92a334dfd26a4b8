package com.lastmile.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Trend;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.finding.Severity;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.rules.Band;
import com.lastmile.core.rules.RaciRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-facing key exists, non-empty and well-formed, in English and in Simplified Chinese. */
class BundleCompletenessTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void englishAndChineseHaveExactlyTheSameKeys() throws IOException {
        Properties english = load("lastmile.properties");
        Properties chinese = load("lastmile_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void everyValueIsNonEmptyAndAValidMessageFormat() throws IOException {
        for (String bundle : List.of("lastmile.properties", "lastmile_zh_CN.properties")) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                assertThat(value).as(bundle + " " + key).isNotBlank();
                new MessageFormat(value);
            }
        }
    }

    @Test
    void chineseTranslationsAreChinese() throws IOException {
        Properties chinese = load("lastmile_zh_CN.properties");
        List<String> untranslated = new ArrayList<>();
        for (String key : chinese.stringPropertyNames()) {
            if (chinese.getProperty(key).codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN)) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyKeyTheCodeDerivesExistsInBothLocales() {
        List<String> keys = Stream.of(
                Stream.of(Rule.values()).map(Rule::messageKey),
                Stream.of(ItemType.values()).map(ItemType::messageKey),
                Stream.of(RaciRole.values()).map(RaciRole::messageKey),
                Stream.of(Band.values()).map(b -> "band." + b.name()),
                Stream.of(CheckpointState.values()).map(s -> "state." + s.name()),
                Stream.of(Trend.values()).map(t -> "trend." + t.name()),
                Stream.of(Severity.values()).map(s -> "severity." + s.name()))
                .flatMap(s -> s).toList();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = Messages.forLocale(locale);
            for (String key : keys) {
                assertThat(messages.get(key)).as(locale + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void chineseLocaleReadsUtf8() {
        assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("band.MAJOR")).isEqualTo("重大偏差");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("band.MAJOR")).isEqualTo("Major deviation");
    }
}
