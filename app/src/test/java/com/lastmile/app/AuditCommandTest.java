package com.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.app.jira.InMemoryJira;
import com.lastmile.app.jira.JiraOpener;
import com.lastmile.app.jira.JiraSession;
import com.lastmile.app.jira.SmallStrategy;
import com.lastmile.connector.jira.http.CredentialsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    private static final String SITE = "https://example.atlassian.net";

    @TempDir
    Path dir;

    private final InMemoryJira jira = SmallStrategy.inJira();
    private boolean closed;

    private Cli audit(String... args) {
        return JiraCli.run(site -> {
            assertThat(site.baseUrl().toString()).isEqualTo(SITE);
            return new JiraSession(jira, () -> closed = true);
        }, args);
    }

    private Path workspaceFile() throws IOException {
        return Files.writeString(dir.resolve("small.yaml"), SmallStrategy.YAML, StandardCharsets.UTF_8);
    }

    @Test
    void printsWhatEvaluatePrintsForTheSameDataAndExitsOneOnErrorFindings() throws IOException {
        Cli evaluate = Cli.run("evaluate", workspaceFile().toString(), "--as-of", SmallStrategy.AS_OF, "--format",
                "json");
        Cli audit = audit("audit", "--jira", SITE, "--jql", "project = LM", "--as-of", SmallStrategy.AS_OF,
                "--format", "json");

        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(audit.exitCode()).as(audit.err()).isEqualTo(1);
        assertThat(audit.out()).isEqualTo(evaluate.out())
                .contains("RACI_MULTIPLE_ACCOUNTABLE", "RACI_INACTIVE_PERSON", "\"rebaselined\" : true");
        assertThat(jira.jqls()).containsExactly("project = LM");
        assertThat(closed).as("the session is closed after the audit").isTrue();
    }

    @Test
    void theTextFormatIsEvaluatesTooInEitherLocale() throws IOException {
        Path file = workspaceFile();
        for (String locale : new String[] {"en", "zh_CN"}) {
            Cli evaluate = Cli.run("evaluate", file.toString(), "--as-of", SmallStrategy.AS_OF, "--locale", locale);
            Cli audit = audit("audit", "--jira", SITE, "--jql", "project = LM", "--as-of", SmallStrategy.AS_OF,
                    "--locale", locale);

            assertThat(audit.out()).isEqualTo(evaluate.out());
        }
    }

    @Test
    void exitsZeroWhenNoFindingIsAnError() {
        InMemoryJira clean = new InMemoryJira(SmallStrategy.TOKEN_USER);
        clean.issue("LM-1", "Story").status("Done", "done").add();

        Cli audit = JiraCli.run(site -> new JiraSession(clean, () -> { }), "audit", "--jira", SITE, "--jql",
                "key = LM-1", "--as-of", SmallStrategy.AS_OF);

        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("LM-1");
    }

    @Test
    void aFailedJiraCallIsBadInputNamingTheCallAndJirasMessage() {
        jira.fail("search", 400);

        Cli audit = audit("audit", "--jira", SITE, "--jql", "project = !!", "--as-of", SmallStrategy.AS_OF);

        assertThat(audit.exitCode()).isEqualTo(2);
        assertThat(audit.out()).isEmpty();
        assertThat(audit.err()).contains("A call to Jira failed").contains("search failed")
                .contains("Field 'x' does not exist");
        assertThat(closed).isTrue();
    }

    @Test
    void missingCredentialsAreBadInputSaidPlainly() {
        JiraOpener noCredentials = site -> {
            throw new CredentialsException("No Jira credentials found. Set LASTMILE_JIRA_PAT");
        };

        Cli audit = JiraCli.run(noCredentials, "audit", "--jira", SITE, "--jql", "project = LM", "--locale",
                "zh_CN");

        assertThat(audit.exitCode()).isEqualTo(2);
        assertThat(audit.err()).contains("没有可用的 Jira 凭据").contains("LASTMILE_JIRA_PAT");
    }

    @Test
    void badOptionsAreUsageErrorsBeforeAnyCall() {
        assertThat(Cli.run("audit", "--jira", SITE).exitCode()).isEqualTo(2);
        Cli notHttps = Cli.run("audit", "--jira", "http://example.com", "--jql", "project = LM");
        assertThat(notHttps.exitCode()).isEqualTo(2);
        assertThat(notHttps.err()).contains("--jira: expected an https:// URL");
        Cli badType = audit("audit", "--jira", SITE, "--jql", "project = LM", "--issue-type", "Initiative=Goal");
        assertThat(badType.exitCode()).isEqualTo(2);
        assertThat(badType.err()).contains("\"Goal\" is not a Last Mile issue type").contains("Strategic Goal");
        assertThat(jira.calls("fields") + jira.calls("search")).isZero();
    }

    @Test
    void aSitesOwnTypeCanPlayALastMileType() {
        InMemoryJira site = new InMemoryJira(SmallStrategy.TOKEN_USER);
        site.issue("LM-1", "Initiative").add();

        Cli audit = JiraCli.run(url -> new JiraSession(site, () -> { }), "audit", "--jira", SITE, "--jql",
                "key = LM-1", "--format", "json", "--issue-type", "initiative=Strategic Goal", "--as-of",
                SmallStrategy.AS_OF);

        assertThat(audit.out()).contains("\"level\" : 0").contains("GOAL_NOT_MEASURABLE");
    }

    @Test
    void helpNamesTheOptions() {
        Cli help = Cli.run("audit", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--jira").contains("--jql").contains("--as-of").contains("--format")
                .contains("--issue-type").contains("LASTMILE_JIRA_PAT");
    }
}
