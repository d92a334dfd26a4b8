package com.lastmile.app;

import com.lastmile.connector.jira.api.JiraConnection;
import com.lastmile.connector.jira.http.Credentials;
import com.lastmile.connector.jira.http.CredentialsException;
import com.lastmile.connector.jira.http.CredentialsLoader;
import com.lastmile.connector.jira.http.HttpJiraTransport;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.connector.jira.http.JiraSite;
import com.lastmile.connector.jira.http.JiraTransport;
import com.lastmile.connector.jira.importer.ImportInputException;
import com.lastmile.connector.jira.importer.ImportPlan;
import com.lastmile.connector.jira.importer.ImportReport;
import com.lastmile.connector.jira.importer.ImportText;
import com.lastmile.connector.jira.importer.JiraImporter;
import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.core.model.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lastmile import}: creates a workspace's tree in a Jira project; the logic is the connector's importer. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
                "Create the items of a workspace file in a Jira project (Cloud or Data Center), linked as in the "
                        + "file. Last Mile's issue types, link type and fields are created first where missing.",
                "Items an earlier import created are recognised and left unchanged: running the same command "
                        + "again completes an interrupted import and otherwise changes nothing.",
                "Credentials: " + CredentialsLoader.EMAIL_VARIABLE + " and " + CredentialsLoader.TOKEN_VARIABLE
                        + " (Cloud) or " + CredentialsLoader.PAT_VARIABLE + " (Data Center), else "
                        + "~/.config/lastmile/jira.properties, readable by you only."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the import is complete (dry run: it can start)",
                "1:Jira refused part of the import, or the site lacks a Jira issue type the file uses; "
                        + "the report says what exists, what failed and what to run again",
                "2:bad input or usage: the file, --jira, --project or the credentials"})
final class ImportCommand implements Callable<Integer> {

    /** Jira refused part of the import: partial, and a re-run completes it. */
    static final int JIRA_REFUSED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Workspace file (YAML, UTF-8).")
    Path file;

    @Option(names = "--jira", required = true, paramLabel = "URL",
            description = "Base URL of the Jira site, e.g. https://example.atlassian.net.")
    String jira;

    @Option(names = "--project", paramLabel = "KEY",
            description = "Project to import into. Default: the prefix all item keys share (LM for LM-1, LM-2).")
    String project;

    @Option(names = "--dry-run",
            description = "Print the plan (what would be provisioned, then created wave by wave) and change nothing.")
    boolean dryRun;

    @Mixin
    LocaleOption locale;

    private final Map<String, String> environment;
    private final Path credentialsFile;

    ImportCommand() {
        this(System.getenv(), CredentialsLoader.defaultFile());
    }

    /** For tests: where credentials are looked for. */
    ImportCommand(Map<String, String> environment, Path credentialsFile) {
        this.environment = environment;
        this.credentialsFile = credentialsFile;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportText text = new ImportText(locale.messages());
        Workspace workspace = new WorkspaceReader().read(file);
        JiraSite site = JiraSite.of(jira);
        Credentials credentials;
        try {
            JiraImporter.checkInput(workspace, project, file.toString());
            credentials = new CredentialsLoader(credentialsFile).load(environment);
        } catch (ImportInputException e) {
            text.writeInputError(e, err);
            return ExitCodes.BAD_INPUT;
        } catch (CredentialsException e) {
            return JiraFailureOutput.print(e, locale.messages(), err);
        }
        try (JiraTransport transport = HttpJiraTransport.create(site, credentials)) {
            JiraImporter importer = new JiraImporter(JiraConnection.open(transport));
            ImportPlan plan = importer.plan(workspace, project, file.toString());
            if (dryRun) {
                text.writePlan(plan, out);
                return plan.blocked() ? JIRA_REFUSED : ExitCodes.OK;
            }
            if (plan.blocked()) {
                text.writeBlockers(plan, err);
                return JIRA_REFUSED;
            }
            ImportReport report = importer.execute(plan);
            text.writeReport(report, out);
            return report.complete() ? ExitCodes.OK : JIRA_REFUSED;
        } catch (JiraException e) {
            // only the reads of planning throw: nothing changed, as with audit's failed reads
            text.writeJiraError(e, err);
            return ExitCodes.BAD_INPUT;
        }
    }
}
