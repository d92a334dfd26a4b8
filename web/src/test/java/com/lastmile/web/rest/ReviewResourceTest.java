package com.lastmile.web.rest;

import static com.lastmile.web.rest.RestServer.viewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.review.WeeklyReviewBuilder;
import com.lastmile.web.json.LastMileJson;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewResourceTest {

    private static final List<String> LISTS = List.of("attention", "dueSoon", "overdue", "wins", "hygiene", "board");
    private static RestServer server;

    @BeforeAll
    static void start() {
        server = new RestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What {@code lastmile review --format json} prints for the sample. */
    private static JsonNode commandLineReview(Locale locale) throws Exception {
        Messages messages = Messages.forLocale(locale);
        String json = LastMileJson.mapper(messages).writeValueAsString(WeeklyReviewBuilder.build(Evaluator.evaluate(
                Scope.everything(new WorkspaceReader().read(SampleHost.SAMPLE)), RestServer.TODAY)));
        return new ObjectMapper().readTree(json);
    }

    @Test
    void isTheJsonOfTheReviewCommandWithTotalsAndPaging() throws Exception {
        JsonNode review = server.get("/review?locale=zh_CN").json();
        JsonNode expected = commandLineReview(Locale.SIMPLIFIED_CHINESE);
        for (String field : List.of("asOf", "viewer", "hidden", "attention", "dueSoon", "overdue", "wins", "hygiene",
                "board")) {
            assertThat(review.get(field)).as(field).isEqualTo(expected.get(field));
        }
        for (String list : LISTS) {
            assertThat(review.get("totals").get(list).asInt()).as(list).isEqualTo(expected.get(list).size());
        }
        assertThat(review.get("offset").asInt()).isZero();
        assertThat(review.get("limit").asInt()).isEqualTo(200);
    }

    @Test
    void everyListIsBoundedByTheLimit() {
        JsonNode review = server.get("/review?limit=1").json();
        for (String list : LISTS) {
            assertThat(review.get(list).size()).as(list).isLessThanOrEqualTo(1);
        }
        assertThat(review.get("totals").get("hygiene").asInt()).isGreaterThan(1);
    }

    @Test
    void aRestrictedViewerSeesOnlyTheCount() {
        JsonNode review = server.get("/review", viewer("he.jing")).json();
        assertThat(review.get("hidden").asInt()).isEqualTo(6);
        assertThat(review.toString()).doesNotContain("LM-85").doesNotContain("LM-86");
    }
}
