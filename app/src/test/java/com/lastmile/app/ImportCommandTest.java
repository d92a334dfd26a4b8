package com.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.http.CredentialsLoader;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command's own job: options, exit codes, input and credential errors before any call, Jira's errors. */
class ImportCommandTest {

    @TempDir
    Path directory;

    /** Runs the command with the given environment and no credentials file. */
    private Cli run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ImportCommand(environment, directory.resolve("none.properties")));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        command.setExecutionExceptionHandler(new BadInputHandler());
        command.setParameterExceptionHandler(new UsageErrorHandler());
        int code = command.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    @Test
    void helpNamesTheOptionsAndEveryExitCode() {
        Cli cli = Cli.run("import", "--help");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("--jira=URL", "--project=KEY", "--dry-run", "--locale", "Exit codes:",
                "Jira refused part of the import", "bad input or usage", CredentialsLoader.PAT_VARIABLE);
    }

    @Test
    void aMissingJiraOptionOrABadUrlIsAUsageError() {
        Cli missing = Cli.run("import", Sample.FILE);
        Cli ftp = Cli.run("import", Sample.FILE, "--jira", "ftp://jira.example.com");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--jira");
        assertThat(ftp.exitCode()).isEqualTo(2);
        assertThat(ftp.err()).contains("--jira: expected an https:// URL");
    }

    @Test
    void keysOfSeveralProjectsNeedTheProjectOptionBeforeAnythingIsAsked() throws IOException {
        Path file = directory.resolve("two-projects.yaml");
        Files.writeString(file, "version: 1\nitems:\n  - { key: LM-1, type: Epic, summary: a }\n"
                + "  - { key: OPS-1, type: Epic, summary: b }\n", StandardCharsets.UTF_8);

        Cli cli = run(Map.of(), file.toString(), "--jira", "https://jira.example.com", "--locale", "zh_CN");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("导入未开始", "--project", "LM, OPS");
    }

    @Test
    void missingCredentialsExitTwoSayingWhereTheyAreLookedFor() {
        Cli cli = run(Map.of(), Sample.FILE, "--jira", "https://jira.example.com");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("No Jira credentials found", CredentialsLoader.PAT_VARIABLE);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void theCredentialsErrorIsIntroducedInTheChosenLanguage() {
        Cli cli = run(Map.of(), Sample.FILE, "--jira", "https://jira.example.com", "--locale", "zh_CN");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("lastmile: 没有可用的 Jira 凭据:").contains(CredentialsLoader.PAT_VARIABLE);
    }

    @Test
    void aRefusedFirstRequestExitsTwoWithJirasMessageAndChangesNothing() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer jira = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jira.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"errorMessages\":[\"Authentication failed\"],\"errors\":{}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        });
        jira.start();
        try {
            Cli cli = run(Map.of(CredentialsLoader.PAT_VARIABLE, "secret-token"), Sample.FILE, "--jira",
                    "http://127.0.0.1:" + jira.getAddress().getPort(), "--dry-run");

            assertThat(cli.exitCode()).isEqualTo(2);
            assertThat(cli.err()).contains("a request to Jira failed before the import started",
                    "Authentication failed").doesNotContain("secret-token");
            assertThat(requests.get()).isOne();
        } finally {
            jira.stop(0);
        }
    }
}
