package com.lastmile.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.web.rest.RestServer.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors JAX-RS raises itself are answered with the same JSON body as the API's own. */
class ErrorAnswerTest {

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
    void anUnknownPathIsA404InJson() {
        Answer answer = server.get("/nothing-here");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).matches(RestServer.JSON_UTF8);
        assertThat(answer.json().get("message").asText()).isEqualTo("There is no such resource.");
    }

    @Test
    void aWrongMethodIsA405InJson() {
        Answer answer = server.postJson("/tree", "{}");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.json().get("status").asInt()).isEqualTo(405);
        assertThat(answer.json().get("message").asText()).isEqualTo("The request was refused: HTTP 405 Method Not Allowed.");
    }

    @Test
    void errorsSpeakTheCallersLanguage() {
        Answer answer = server.get("/tree?limit=x&locale=zh_CN");
        assertThat(answer.json().get("message").asText()).isEqualTo("参数 limit 应为 0 到 1000 之间的整数;实际为“x”。");
        Answer unsupported = server.get("/tree?locale=fr");
        assertThat(unsupported.json().get("message").asText()).startsWith("Parameter locale");
    }
}
