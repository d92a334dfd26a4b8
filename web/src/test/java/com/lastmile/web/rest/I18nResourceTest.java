package com.lastmile.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class I18nResourceTest {

    private static RestServer server;

    @BeforeAll
    static void start() {
        server = new RestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../i18n", file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> gadgetKeys(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith("gadget.")).forEach(keys::add);
        return keys;
    }

    private static List<String> names(JsonNode messages) {
        List<String> names = new ArrayList<>();
        messages.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void givesEveryGadgetMessageOfTheBundleAndNothingElse() throws IOException {
        Properties english = bundle("lastmile.properties");
        JsonNode answer = server.get("/i18n").json();
        assertThat(answer.get("locale").asText()).isEqualTo("en");
        assertThat(names(answer.get("messages"))).containsExactlyElementsOf(gadgetKeys(english));
        answer.get("messages").properties().forEach(e ->
                assertThat(e.getValue().asText()).isEqualTo(english.getProperty(e.getKey())));
    }

    @Test
    void speaksChineseWhenAsked() throws IOException {
        Properties chinese = bundle("lastmile_zh_CN.properties");
        JsonNode answer = server.get("/i18n?locale=zh_CN").json();
        assertThat(answer.get("locale").asText()).isEqualTo("zh_CN");
        assertThat(names(answer.get("messages"))).containsExactlyElementsOf(gadgetKeys(chinese));
        answer.get("messages").properties().forEach(e ->
                assertThat(e.getValue().asText()).isEqualTo(chinese.getProperty(e.getKey())));
    }
}
