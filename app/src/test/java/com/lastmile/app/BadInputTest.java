package com.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every kind of bad input exits 2 with a message naming the file, line and field. */
class BadInputTest {

    @TempDir
    Path directory;

    private static final String HEADER = "version: 1\npeople:\n  - { id: ann }\nitems:\n"
            + "  - { key: G-1, type: Strategic Goal, raci: { A: ann, R: [ann] } }\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field      | '  - { key: E-1, type: Epic, parent: G-1, colour: red }' | 6 | items[1] (E-1).colour",
            "wrong type         | '  - { key: E-1, type: Epic, points: [1, 2] }'            | 6 | items[1] (E-1).points",
            "bad number         | '  - { key: E-1, type: Epic, weight: heavy }'             | 6 | items[1] (E-1).weight",
            "bad date           | '  - { key: C-1, type: Checkpoint, parent: G-1, due: 2026-02-30, planned: 1 }' | 6 | items[1] (C-1).due",
            "unknown parent     | '  - { key: E-1, type: Epic, parent: NOPE-9 }'            | 6 | items[1] (E-1).parent",
            "duplicate key      | '  - { key: G-1, type: Epic }'                            | 6 | items[1] (G-1).key",
            "duplicate field    | '  - { key: E-1, type: Epic, summary: a, summary: b }'    | 6 | items[1] (E-1).summary",
            "unknown type       | '  - { key: E-1, type: Saga }'                            | 6 | items[1] (E-1).type",
            "negative points    | '  - { key: E-1, type: Story, points: -3 }'               | 6 | items[1] (E-1).points"
    })
    void badWorkspaceExitsTwoNamingLineAndField(String name, String line, int lineNumber, String field)
            throws IOException {
        Path file = directory.resolve("plan.yaml");
        Files.writeString(file, HEADER + line + "\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("evaluate", file.toString(), "--as-of", "2026-06-29");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("plan.yaml:" + lineNumber + ": " + field);
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() throws IOException {
        Path file = directory.resolve("broken.yaml");
        Files.writeString(file, HEADER + "  - { key: E-1, type: Epic\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("evaluate", file.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).containsPattern("broken\\.yaml:[67]");
    }

    @Test
    void missingFileExitsTwo() {
        Cli cli = Cli.run("evaluate", directory.resolve("absent.yaml").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("absent.yaml").contains("does not exist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad as-of   | --as-of   | 2026-13-01 | '2026-13-01' is not a date: expected yyyy-MM-dd",
            "bad locale  | --locale  | fr         | expected en or zh_CN",
            "bad format  | --format  | xml        | --format",
            "bad viewer  | --viewer  | nobody     | unknown viewer 'nobody'"
    })
    void badOptionsExitTwoNamingTheOption(String name, String option, String value, String expected) {
        Cli cli = Cli.run("evaluate", Sample.FILE, option, value);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(expected);
    }

    @Test
    void unknownCommandAndMissingFileParameterExitTwo() {
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(2);
        Cli noFile = Cli.run("evaluate");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("FILE");
    }
}
