package com.lastmile.web.rest;

import static com.lastmile.web.rest.RestServer.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lastmile.web.rest.RestServer.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RetroResourceTest {

    private static RestServer server;

    @BeforeAll
    static void start() {
        server = new RestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void markdownIsTheDefault() {
        JsonNode retro = server.get("/retro/LM-4").json();
        assertThat(retro.get("key").asText()).isEqualTo("LM-4");
        assertThat(retro.get("format").asText()).isEqualTo("markdown");
        assertThat(retro.get("content").asText()).startsWith("# ").contains("LM-4");
    }

    @Test
    void wikiIsTextAndAdfIsTheDocumentObjectItself() {
        assertThat(server.get("/retro/LM-4?format=wiki").json().get("content").asText()).startsWith("h1. ");
        JsonNode adf = server.get("/retro/LM-4?format=adf&locale=zh_CN").json().get("content");
        assertThat(adf.isObject()).isTrue();
        assertThat(adf.get("type").asText()).isEqualTo("doc");
        assertThat(adf.get("version").asInt()).isEqualTo(1);
        assertThat(adf.toString()).contains("复盘");
    }

    @Test
    void aBadFormatOrANonGoalIsA400NamingIt() {
        Answer format = server.get("/retro/LM-4?format=pdf");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("parameter").asText()).isEqualTo("format");
        assertThat(format.json().get("message").asText())
                .isEqualTo("Parameter format must be one of markdown, wiki, adf; got \"pdf\".");
        Answer checkpoint = server.get("/retro/LM-5");
        assertThat(checkpoint.status()).isEqualTo(400);
        assertThat(checkpoint.json().get("parameter").asText()).isEqualTo("key");
    }

    @Test
    void aHiddenGoalIsNotFound() {
        assertThat(server.get("/retro/LM-85", viewer("wang.fang")).status()).isEqualTo(404);
        assertThat(server.get("/retro/LM-85", viewer("zhou.jianguo")).status()).isEqualTo(200);
        assertThat(server.get("/retro/LM-4", viewer("wang.fang")).json().get("content").asText())
                .doesNotContain("LM-85");
    }
}
