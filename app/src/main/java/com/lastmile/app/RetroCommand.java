package com.lastmile.app;

import com.lastmile.app.jira.JiraOpener;
import com.lastmile.app.jira.JiraRetro;
import com.lastmile.app.jira.JiraSession;
import com.lastmile.app.jira.RestJiraOpener;
import com.lastmile.connector.jira.http.CredentialsException;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.connector.jira.http.JiraSite;
import com.lastmile.connector.jira.load.IssueTypeMapping;
import com.lastmile.connector.jira.load.ProjectScope;
import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.MarkdownRenderer;
import com.lastmile.core.doc.WikiRenderer;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.retro.RetrospectiveBuilder;
import com.lastmile.web.adf.AdfRenderer;
import com.lastmile.web.port.UnknownKeyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lastmile retro}: the retrospective (复盘) of one goal, prefilled from its own data, read from a workspace
 * file or from a live Jira, where {@code --comment} adds it to the goal instead of printing it.
 */
@Command(name = "retro", mixinStandardHelpOptions = true,
        customSynopsis = {
                "lastmile retro FILE KEY [--viewer ID] [OPTIONS]",
                "  or:  lastmile retro --jira URL KEY [--jql QUERY] [--comment] [OPTIONS]"},
        description = {
                "The retrospective of a goal in five steps: review the goal, compare results, analyse causes, "
                        + "extract methods, plan the next round.",
                "With --jira the goal's data comes from a live Jira, as the credentials' user may browse it (see "
                        + "'lastmile audit --help' for credentials): the issues of --jql, by default all of KEY's "
                        + "project, since the retrospective needs the goal's subtree, its checkpoints' corrective "
                        + "actions and its parent goals. --comment adds the retrospective to KEY as a comment (wiki "
                        + "markup on Data Center, ADF on Cloud) instead of printing it."})
final class RetroCommand implements Callable<Integer> {

    /** Output formats of retro: Markdown, Jira wiki markup (Data Center), Atlassian Document Format (Cloud). */
    enum Format { markdown, wiki, adf }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "[FILE] KEY", hideParamSyntax = true,
            description = "The workspace file (YAML, UTF-8) and the key of the goal (Strategic Goal, Campaign or "
                    + "Tactic); with --jira only the goal's issue key.")
    List<String> arguments;

    @Option(names = "--viewer", paramLabel = "ID",
            description = "With FILE: compute as this person; items they may not browse are left out and only "
                    + "counted. Default: a viewer who may browse everything.")
    String viewer;

    @Option(names = "--jira", paramLabel = "URL",
            description = "Read the goal's data from this Jira site instead of a file, e.g. "
                    + "https://example.atlassian.net.")
    String jira;

    @Option(names = "--jql", paramLabel = "QUERY",
            description = "With --jira: the issues that hold the goal's tree. Default: project = \"<KEY's project>\".")
    String jql;

    @Mixin
    IssueTypeOption issueTypes;

    @Option(names = "--comment",
            description = "With --jira: add the retrospective to KEY as a comment, as the credentials' user, "
                    + "instead of printing it.")
    boolean comment;

    @Mixin
    AsOfOption asOf;

    @Mixin
    LocaleOption locale;

    @Option(names = "--format", defaultValue = "markdown",
            description = "markdown, wiki or adf (default: ${DEFAULT-VALUE}).")
    Format format;

    /** How the command reaches Jira; the tests put an in-memory Jira here. */
    JiraOpener opener = new RestJiraOpener();

    @Override
    public Integer call() {
        Messages messages = locale.messages();
        if (jira == null) {
            if (jql != null || comment || !issueTypes.issueTypes.isEmpty()) {
                throw usage(messages.format("jira.retro.needsJira"));
            }
            if (arguments.size() != 2) {
                throw usage(messages.format("jira.retro.noSource"));
            }
            return fromFile(Path.of(arguments.get(0)), arguments.get(1), messages);
        }
        if (arguments.size() != 1) {
            throw usage(messages.format("jira.retro.fileOrJira"));
        }
        if (viewer != null) {
            throw usage(messages.format("jira.retro.viewerNeedsFile"));
        }
        if (comment && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            throw usage(messages.format("jira.retro.formatOrComment"));
        }
        return fromJira(arguments.get(0), messages);
    }

    private int fromFile(Path file, String key, Messages messages) {
        print(RetrospectiveBuilder.build(Evaluator.evaluate(WorkspaceInput.scope(file, viewer), asOf.date()), key,
                messages));
        return ExitCodes.OK;
    }

    private int fromJira(String key, Messages messages) {
        IssueTypeMapping types = issueTypes.mapping(messages);
        JiraSite site = JiraSite.of(jira);
        String scope = jql != null ? jql : ProjectScope.of(key)
                .orElseThrow(() -> usage(messages.format("jira.retro.notAnIssueKey", key)));
        PrintWriter err = spec.commandLine().getErr();
        try (JiraSession session = opener.open(site)) {
            JiraRetro retro = new JiraRetro(session.api(), types);
            Document document = retro.document(scope, key, asOf.date(), messages);
            if (!comment) {
                print(document);
                return ExitCodes.OK;
            }
            return post(retro, key, document, site, messages);
        } catch (UnknownKeyException e) {
            err.println("lastmile: " + messages.format("jira.retro.unknownKey", key, scope));
            return ExitCodes.BAD_INPUT;
        } catch (CredentialsException e) {
            return JiraFailureOutput.print(e, messages, err);
        } catch (JiraException e) {
            return JiraFailureOutput.print(e, messages, err);
        }
    }

    /** A failed comment is told apart from a failed read: the retrospective was computed, only adding it failed. */
    private int post(JiraRetro retro, String key, Document document, JiraSite site, Messages messages) {
        try {
            retro.comment(key, document);
        } catch (JiraException e) {
            spec.commandLine().getErr().println("lastmile: "
                    + messages.format("jira.retro.commentFailed", key, e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println(messages.format("jira.retro.commented", key,
                site.baseUrl().toString()));
        return ExitCodes.OK;
    }

    private void print(Document document) {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case markdown -> out.print(MarkdownRenderer.render(document));
            case wiki -> out.print(WikiRenderer.render(document));
            case adf -> out.println(AdfRenderer.render(document));
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
