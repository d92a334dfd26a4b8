package com.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetroCommandTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"markdown, en, md", "markdown, zh_CN, md", "wiki, en, wiki", "wiki, zh_CN, wiki",
            "adf, en, json", "adf, zh_CN, json"})
    void retrospectiveOfTheSampleMatchesTheGoldenFile(String format, String locale, String extension)
            throws Exception {
        Cli cli = Cli.run("retro", Sample.FILE, "LM-4", "--as-of", Sample.AS_OF, "--format", format,
                "--locale", locale);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        GoldenFiles.assertMatches("retro-LM-4." + locale + "." + extension, cli.out());
    }

    @Test
    void chineseRetrospectiveHasTheFiveStepsInChinese() {
        String document = Cli.run("retro", Sample.FILE, "LM-4", "--as-of", Sample.AS_OF, "--locale", "zh_CN").out();
        assertThat(document).contains("回顾目标", "对比结果", "分析原因", "提炼方法", "制定计划");
        assertThat(document.indexOf("回顾目标")).isLessThan(document.indexOf("对比结果"));
        assertThat(document.indexOf("提炼方法")).isLessThan(document.indexOf("制定计划"));
    }

    @Test
    void adfIsADocumentWithTableNodes() throws Exception {
        JsonNode adf = new ObjectMapper().readTree(
                Cli.run("retro", Sample.FILE, "LM-4", "--as-of", Sample.AS_OF, "--format", "adf").out());
        assertThat(adf.get("type").asText()).isEqualTo("doc");
        assertThat(adf.get("version").asInt()).isEqualTo(1);
        assertThat(adf.findValues("type")).extracting(JsonNode::asText)
                .contains("table", "tableRow", "tableHeader", "tableCell", "heading");
    }

    @Test
    void unknownOrHiddenKeyAndNonGoalExitTwo() {
        Cli unknown = Cli.run("retro", Sample.FILE, "LM-999", "--as-of", Sample.AS_OF);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("LM-999");
        Cli hidden = Cli.run("retro", Sample.FILE, "LM-85", "--as-of", Sample.AS_OF, "--viewer", "wang.fang");
        assertThat(hidden.exitCode()).isEqualTo(2);
        assertThat(hidden.err()).contains("LM-85").doesNotContain("并购");
        Cli story = Cli.run("retro", Sample.FILE, "LM-10", "--as-of", Sample.AS_OF);
        assertThat(story.exitCode()).isEqualTo(2);
        assertThat(story.err()).contains("not a goal");
    }
}
