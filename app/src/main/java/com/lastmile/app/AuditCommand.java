package com.lastmile.app;

import com.lastmile.app.jira.JiraOpener;
import com.lastmile.app.jira.JiraSession;
import com.lastmile.app.jira.RestJiraOpener;
import com.lastmile.connector.jira.http.CredentialsException;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.connector.jira.http.JiraSite;
import com.lastmile.connector.jira.load.IssueTypeMapping;
import com.lastmile.connector.jira.load.JiraTreeLoader;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Workspace;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lastmile audit}: evaluates the issues a JQL query finds on a live Jira, as the credentials' user sees them,
 * and prints exactly what {@code evaluate} prints for them. Exit 1 when any finding is an error.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Evaluate live Jira data: the issues a JQL query finds, as the credentials' user may browse "
                + "them. Credentials: LASTMILE_JIRA_EMAIL and LASTMILE_JIRA_TOKEN (Cloud) or LASTMILE_JIRA_PAT "
                + "(Data Center), or ~/.config/lastmile/jira.properties. Exit 1 when a finding is an error.")
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jira", required = true, paramLabel = "URL",
            description = "The Jira site, e.g. https://example.atlassian.net.")
    String site;

    @Option(names = "--jql", required = true, paramLabel = "QUERY", description = "The issues to evaluate.")
    String jql;

    @Mixin
    IssueTypeOption issueTypes;

    @Mixin
    AsOfOption asOf;

    @Mixin
    LocaleOption locale;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    EvaluationOutput.Format format;

    /** How the command reaches Jira; the tests put an in-memory Jira here. */
    JiraOpener opener = new RestJiraOpener();

    @Override
    public Integer call() throws IOException {
        Messages messages = locale.messages();
        IssueTypeMapping types = issueTypes.mapping(messages);
        JiraSite jiraSite = JiraSite.of(site);
        try (JiraSession session = opener.open(jiraSite)) {
            Workspace workspace = new JiraTreeLoader(session.api(), types).load(jql);
            Evaluation evaluation = Evaluator.evaluate(Scope.everything(workspace), asOf.date());
            EvaluationOutput.write(evaluation, format, messages, spec.commandLine().getOut());
            return evaluation.hasErrors() ? ExitCodes.ERROR_FINDINGS : ExitCodes.OK;
        } catch (CredentialsException e) {
            return JiraFailureOutput.print(e, messages, spec.commandLine().getErr());
        } catch (JiraException e) {
            return JiraFailureOutput.print(e, messages, spec.commandLine().getErr());
        }
    }
}
