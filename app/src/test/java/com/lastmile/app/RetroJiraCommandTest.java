package com.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.app.jira.InMemoryJira;
import com.lastmile.app.jira.JiraSession;
import com.lastmile.app.jira.SmallStrategy;
import com.lastmile.connector.jira.http.CredentialsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code retro --jira}: the retrospective from live Jira data, printed or added to the goal as a comment. */
class RetroJiraCommandTest {

    private static final String SITE = "https://jira.example.com";

    @TempDir
    Path dir;

    private final InMemoryJira jira = SmallStrategy.inJira();
    private boolean closed;

    private Cli run(String... args) {
        return JiraCli.run(site -> {
            assertThat(site.baseUrl().toString()).isEqualTo(SITE);
            return new JiraSession(jira, () -> closed = true);
        }, args);
    }

    /** retro --jira SITE LM-1 as of the strategy's date, with more options. */
    private Cli retroOfLm1(String... options) {
        return run(Stream.concat(Stream.of("retro", "--jira", SITE, "LM-1", "--as-of", SmallStrategy.AS_OF),
                Stream.of(options)).toArray(String[]::new));
    }

    private Cli fileRetroOfLm1(String format, String locale) throws IOException {
        return Cli.run("retro", workspaceFile().toString(), "LM-1", "--as-of", SmallStrategy.AS_OF, "--format",
                format, "--locale", locale);
    }

    private Path workspaceFile() throws IOException {
        return Files.writeString(dir.resolve("small.yaml"), SmallStrategy.YAML, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"markdown, en", "markdown, zh_CN", "wiki, en", "wiki, zh_CN", "adf, en", "adf, zh_CN"})
    void printsWhatTheFileRetroPrintsForTheSameDataFromTheKeysProject(String format, String locale)
            throws IOException {
        Cli file = fileRetroOfLm1(format, locale);

        Cli live = retroOfLm1("--format", format, "--locale", locale);

        assertThat(file.exitCode()).as(file.err()).isZero();
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.out()).isEqualTo(file.out())
                .as("the checkpoint's cause and the accountable's name came from Jira")
                .contains("Sign 50 customers", "Long decision chains", "Bob");
        assertThat(jira.jqls()).containsExactly("project = \"LM\"");
        assertThat(jira.comments()).isEmpty();
        assertThat(closed).as("the session is closed after the retrospective").isTrue();
    }

    @Test
    void jqlGivesTheScope() {
        Cli live = retroOfLm1("--jql", "project = LM AND labels = plan-2026");

        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(jira.jqls()).containsExactly("project = LM AND labels = plan-2026");
    }

    @Test
    void commentAddsExactlyOneCommentCarryingTheWikiAndAdfRetrospectivesAndSaysSo() throws IOException {
        String wiki = fileRetroOfLm1("wiki", "zh_CN").out();
        JsonNode adf = new ObjectMapper().readTree(fileRetroOfLm1("adf", "zh_CN").out());

        Cli posted = retroOfLm1("--comment", "--locale", "zh_CN");

        assertThat(posted.exitCode()).as(posted.err()).isZero();
        assertThat(jira.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.issueKey()).isEqualTo("LM-1");
            assertThat(comment.body().wikiMarkup()).isEqualTo(wiki).contains("复盘");
            assertThat(comment.body().adf()).isEqualTo(adf);
        });
        assertThat(jira.calls("comment")).isOne();
        assertThat(posted.out()).isEqualTo("复盘已作为评论添加到 LM-1(" + SITE + ")。\n");
        assertThat(closed).isTrue();
    }

    @Test
    void aKeyOutsideTheScopeExitsTwoNamingItAndCommentsNothing() {
        Cli unknown = run("retro", "--jira", SITE, "LM-99", "--comment");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("lastmile: LM-99 is not among the issues that the credentials' user may "
                + "browse in the scope project = \"LM\": check the key, or give a --jql that includes it.\n");
        assertThat(jira.calls("comment")).isZero();
        assertThat(closed).isTrue();
    }

    @Test
    void anIssueThatIsNoGoalExitsTwo() {
        Cli epic = run("retro", "--jira", SITE, "LM-3");

        assertThat(epic.exitCode()).isEqualTo(2);
        assertThat(epic.err()).contains("LM-3").contains("not a goal");
    }

    @Test
    void aFailedReadIsBadInputInJirasWordsAndNothingIsCommented() {
        jira.fail("search", 400);

        Cli failed = retroOfLm1("--comment");

        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).contains("A call to Jira failed").contains("Field 'x' does not exist");
        assertThat(jira.calls("comment")).isZero();
    }

    @Test
    void aRefusedCommentIsBadInputSayingTheRetrospectiveWasNotAdded() {
        jira.fail("comment", 403);

        Cli refused = retroOfLm1("--comment");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("lastmile: The retrospective was computed, but adding it to LM-1 as a "
                + "comment failed: ").contains("Jira answered 403");
        assertThat(closed).isTrue();
    }

    @Test
    void missingCredentialsAreBadInput() {
        Cli noCredentials = JiraCli.run(site -> {
            throw new CredentialsException("No Jira credentials found. Set LASTMILE_JIRA_PAT");
        }, "retro", "--jira", SITE, "LM-1");

        assertThat(noCredentials.exitCode()).isEqualTo(2);
        assertThat(noCredentials.err()).contains("No usable Jira credentials").contains("LASTMILE_JIRA_PAT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FILE KEY --jira URL      | not both",
            "KEY                      | lastmile retro FILE KEY for a workspace file",
            "FILE KEY --comment       | --jql, --issue-type and --comment need --jira",
            "FILE KEY --jql key=X     | --jql, --issue-type and --comment need --jira",
            "--jira URL KEY --viewer ana | --viewer needs a workspace FILE",
            "--jira URL KEY --comment --format wiki | --format chooses what is printed",
            "--jira URL Goal-1        | \"Goal-1\" is not a Jira issue key"})
    void sourcesAndOptionsThatDoNotFitAreUsageErrorsBeforeAnyCall(String arguments, String message)
            throws IOException {
        String file = workspaceFile().toString();
        String[] args = Stream.concat(Stream.of("retro"), Stream.of(arguments.split(" +"))
                .map(arg -> switch (arg) {
                    case "FILE" -> file;
                    case "KEY" -> "LM-1";
                    case "URL" -> SITE;
                    default -> arg;
                })).toArray(String[]::new);

        Cli usage = run(args);

        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.out()).isEmpty();
        assertThat(usage.err()).contains(message).contains("Try 'lastmile retro --help' for usage.");
        assertThat(jira.calls("fields") + jira.calls("search") + jira.calls("comment")).isZero();
    }

    @Test
    void helpShowsBothFormsAndTheDefaultScope() {
        Cli help = Cli.run("retro", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("lastmile retro FILE KEY",
                "lastmile retro --jira URL KEY", "--comment", "--jql", "Default: project = \"<KEY's project>\"",
                "'lastmile audit --help' for credentials");
    }
}
