package com.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReviewCommandTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"markdown, en, review-sample.md", "markdown, zh_CN, review-sample.zh_CN.md",
            "json, en, review-sample.json"})
    void reviewOfTheSampleMatchesTheGoldenFile(String format, String locale, String golden) throws Exception {
        Cli cli = Cli.run("review", Sample.FILE, "--as-of", Sample.AS_OF, "--format", format, "--locale", locale);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        GoldenFiles.assertMatches(golden, cli.out());
    }

    @Test
    void majorDeviationsComeFirstThenControllableWorstFirst() throws Exception {
        JsonNode review = new ObjectMapper().readTree(
                Cli.run("review", Sample.FILE, "--as-of", Sample.AS_OF, "--format", "json").out());
        JsonNode attention = review.get("attention");
        assertThat(attention.size()).isGreaterThanOrEqualTo(4);
        assertThat(attention.get(0).get("key").asText()).isEqualTo("LM-5");
        assertThat(attention.get(0).get("accountable").get(0).get("id").asText()).isEqualTo("zhang.wei");
        assertThat(attention.get(0).get("causeRecorded").asBoolean()).isTrue();
        assertThat(attention.get(0).get("actionLinked").asBoolean()).isTrue();
        String lastBand = "";
        int majors = 0;
        for (JsonNode line : attention) {
            String band = line.get("rebaselined").asBoolean() ? line.get("originalBand").asText()
                    : line.get("band").asText();
            assertThat(lastBand.equals("CONTROLLABLE") && band.equals("MAJOR")).as("major after controllable").isFalse();
            lastBand = band;
            majors += band.equals("MAJOR") ? 1 : 0;
        }
        assertThat(majors).isEqualTo(3);
        assertThat(review.get("dueSoon")).extracting(n -> n.get("key").asText())
                .containsExactly("LM-3", "LM-33", "LM-77");
        assertThat(review.get("overdue")).extracting(n -> n.get("key").asText()).containsExactly("LM-32");
        assertThat(review.get("wins").size()).isEqualTo(5);
    }

    @Test
    void restrictedViewerDoesNotSeeTheConfidentialCampaign() {
        Cli staff = Cli.run("review", Sample.FILE, "--as-of", Sample.AS_OF, "--viewer", "wang.fang");
        assertThat(staff.exitCode()).isZero();
        assertThat(staff.out()).doesNotContain("LM-85").doesNotContain("LM-86").contains("6");
        Cli ceo = Cli.run("review", Sample.FILE, "--as-of", Sample.AS_OF, "--viewer", "zhou.jianguo",
                "--format", "json");
        assertThat(ceo.out()).contains("\"hidden\" : 0");
    }
}
