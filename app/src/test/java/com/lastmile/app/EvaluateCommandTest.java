package com.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonOnTheSampleMatchesTheGoldenFile() throws Exception {
        Cli cli = Cli.run("evaluate", Sample.FILE, "--as-of", Sample.AS_OF, "--format", "json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        GoldenFiles.assertMatches("evaluate-sample.json", cli.out());
    }

    @Test
    void textOnTheSampleMatchesTheGoldenFileInBothLocales() throws Exception {
        Cli english = Cli.run("evaluate", Sample.FILE, "--as-of", Sample.AS_OF);
        assertThat(english.exitCode()).as(english.err()).isZero();
        GoldenFiles.assertMatches("evaluate-sample.txt", english.out());
        Cli chinese = Cli.run("evaluate", Sample.FILE, "--as-of", Sample.AS_OF, "--locale", "zh_CN");
        assertThat(chinese.exitCode()).as(chinese.err()).isZero();
        GoldenFiles.assertMatches("evaluate-sample.zh_CN.txt", chinese.out());
    }

    @Test
    void jsonHasTheShapeOfTheDesignAndTheSampleFigures() throws Exception {
        JsonNode root = JSON.readTree(
                Cli.run("evaluate", Sample.FILE, "--as-of", Sample.AS_OF, "--format", "json").out());
        assertThat(root.get("asOf").asText()).isEqualTo(Sample.AS_OF);
        assertThat(root.get("viewer").isNull()).isTrue();
        assertThat(root.get("hidden").asInt()).isZero();
        JsonNode signing = find(root.get("items"), "LM-4");
        assertThat(signing.get("level").asInt()).isEqualTo(1);
        assertThat(signing.get("progress").decimalValue()).isEqualByComparingTo("0.44");
        assertThat(signing.get("achievement").decimalValue()).isEqualByComparingTo("0.44");
        assertThat(signing.get("trend").asText()).isEqualTo("IMPROVING");
        assertThat(signing.get("explain").get("source").asText()).isEqualTo("metric");
        JsonNode checkpoint = find(root.get("checkpoints"), "LM-5");
        assertThat(checkpoint.get("goal").asText()).isEqualTo("LM-4");
        assertThat(checkpoint.get("state").asText()).isEqualTo("VERIFIED");
        assertThat(checkpoint.get("deviation").decimalValue()).isEqualByComparingTo("-0.25");
        assertThat(checkpoint.get("band").asText()).isEqualTo("MAJOR");
        assertThat(checkpoint.get("rebaselined").asBoolean()).isFalse();
        JsonNode exactlyMinusFive = find(root.get("checkpoints"), "LM-29");
        assertThat(exactlyMinusFive.get("band").asText()).isEqualTo("NORMAL");
        JsonNode rebaselined = find(root.get("checkpoints"), "LM-27");
        assertThat(rebaselined.get("rebaselined").asBoolean()).isTrue();
        assertThat(rebaselined.get("originalBand").asText()).isEqualTo("MAJOR");
        JsonNode finding = root.get("findings").get(0);
        assertThat(finding.fieldNames()).toIterable().containsExactly("key", "rule", "severity", "message");
    }

    @Test
    void restrictedViewerSeesOnlyTheHiddenCount() {
        Cli everyone = Cli.run("evaluate", Sample.FILE, "--as-of", Sample.AS_OF, "--format", "json");
        Cli staff = Cli.run("evaluate", Sample.FILE, "--as-of", Sample.AS_OF, "--format", "json",
                "--viewer", "wang.fang");
        assertThat(staff.exitCode()).as(staff.err()).isZero();
        assertThat(staff.out()).contains("\"hidden\" : 6").contains("\"viewer\" : \"wang.fang\"");
        assertThat(everyone.out()).contains("LM-85");
        assertThat(staff.out()).doesNotContain("LM-85").doesNotContain("LM-86");
    }

    @Test
    void helpIsAvailable() {
        Cli cli = Cli.run("evaluate", "--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("--as-of").contains("--viewer").contains("--format").contains("FILE");
    }

    private static JsonNode find(JsonNode array, String key) {
        for (JsonNode node : array) {
            if (node.get("key").asText().equals(key)) {
                return node;
            }
        }
        throw new AssertionError("no " + key + " in " + array);
    }
}
