package com.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.app.jira.InMemoryJira;
import com.lastmile.app.jira.JiraSession;
import com.lastmile.app.jira.SmallStrategy;
import org.junit.jupiter.api.Test;

/** The serve command's --jira mode up to the server start; serving itself is covered by JiraPreviewTest. */
class ServeJiraCommandTest {

    private static final String SITE = "https://jira.example.com";

    private final InMemoryJira jira = SmallStrategy.inJira();
    private boolean opened;
    private boolean closed;

    private Cli serve(String... args) {
        return JiraCli.run(site -> {
            opened = true;
            return new JiraSession(jira, () -> closed = true);
        }, args);
    }

    @Test
    void aFileAndAJiraTogetherAreAUsageError() {
        Cli cli = serve("serve", Sample.FILE, "--jira", SITE, "--port", "0");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("not both");
        assertThat(opened).isFalse();
    }

    @Test
    void jiraOptionsWithoutJiraAreAUsageError() {
        Cli cli = serve("serve", Sample.FILE, "--jql", "project = LM", "--port", "0");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--jql and --issue-type need --jira");
    }

    @Test
    void aTokenJiraRefusesFailsBeforeListeningAndClosesTheSession() {
        jira.fail("myself", 401);

        Cli cli = serve("serve", "--jira", SITE, "--port", "0");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("A call to Jira failed").contains("myself failed");
        assertThat(cli.out()).doesNotContain("Last Mile preview:");
        assertThat(closed).isTrue();
    }

    @Test
    void helpNamesTheJiraOptions() {
        Cli help = Cli.run("serve", "--help");

        assertThat(help.out()).contains("--jira").contains("--jql").contains("--issue-type").contains("FILE");
    }
}
