package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Item;
import java.io.PrintWriter;
import java.util.List;

/** The plan (dry run) and the report (real run) as text, in the messages' language. */
public final class ImportText {

    private static final String INDENT = "  ";

    private final Messages messages;

    public ImportText(Messages messages) {
        this.messages = messages;
    }

    public void writePlan(ImportPlan plan, PrintWriter out) {
        out.println(messages.format("import.plan.title", plan.projectKey(), flavor(plan)));
        writeBlockers(plan, out);
        List<SetupStep> steps = plan.site().steps();
        out.println(steps.isEmpty() ? messages.format("import.plan.provision.none")
                : messages.format("import.plan.provision"));
        steps.forEach(step -> out.println(INDENT + step(step)));
        if (plan.site().storyPoints() != null) {
            out.println(messages.format("import.plan.points", plan.site().storyPoints().name(),
                    plan.site().storyPoints().id()));
        }
        if (!plan.existing().isEmpty()) {
            out.println(messages.format("import.plan.existing", plan.existing().size()));
            plan.existing().forEach(key -> out.println(INDENT + key.workspaceKey() + " → " + key.jiraKey()));
        }
        for (int wave = 0; wave < plan.waves().size(); wave++) {
            List<Item> items = plan.waves().get(wave);
            out.println(messages.format("import.plan.wave", wave + 1, items.size()));
            items.forEach(item -> out.println(INDENT + item.key() + INDENT
                    + messages.get(item.type().messageKey()) + INDENT + item.summary()));
        }
        if (!plan.pendingReplans().isEmpty()) {
            out.println(messages.format("import.plan.pendingReplans", String.join(", ", plan.pendingReplans())));
        }
        List<String> replans = plan.replansAfterCreation();
        if (!replans.isEmpty()) {
            out.println(messages.format("import.plan.replans", String.join(", ", replans)));
        }
        if (!plan.links().isEmpty()) {
            out.println(messages.format("import.plan.links", labels(plan.links())));
        }
        writeWarnings(plan.warnings(), out);
        out.println(messages.format("import.plan.summary", plan.workspace().items().size(), plan.existing().size(),
                plan.itemsToCreate(), plan.waves().size()));
    }

    public void writeReport(ImportReport report, PrintWriter out) {
        out.println(messages.format(report.complete() ? "import.report.complete" : "import.report.stopped",
                report.projectKey(), messages.format("import.flavor." + report.flavor().name())));
        if (!report.provisioned().isEmpty()) {
            out.println(messages.format("import.report.provisioned"));
            report.provisioned().forEach(step -> out.println(INDENT + step(step)));
        }
        out.println(messages.format("import.report.counts", report.createdCount(), report.existingCount(),
                report.failures().size(), report.notAttempted().size()));
        if (!report.failures().isEmpty()) {
            out.println(messages.format("import.report.failed"));
            report.failures().forEach(failure -> out.println(INDENT + failure(failure)));
            if (report.failures().stream().anyMatch(ImportFailure::fieldOffScreen)) {
                out.println(messages.format("import.report.screenHint"));
            }
        }
        if (!report.notAttempted().isEmpty()) {
            out.println(messages.format("import.report.notAttempted", String.join(", ", report.notAttempted())));
        }
        if (!report.keys().isEmpty()) {
            out.println(messages.format("import.report.keys"));
            report.keys().forEach(key -> out.println(INDENT + messages.format(
                    key.created() ? "import.report.key.created" : "import.report.key.existing",
                    key.workspaceKey(), key.jiraKey())));
        }
        if (!report.linked().isEmpty()) {
            out.println(messages.format("import.report.linked", labels(report.linked())));
        }
        writeWarnings(report.warnings(), out);
        if (!report.complete()) {
            out.println(messages.format("import.report.rerun"));
        }
    }

    /** Why a plan cannot be carried out, if it cannot. */
    public void writeBlockers(ImportPlan plan, PrintWriter out) {
        if (plan.blocked()) {
            out.println(messages.format("import.plan.blocked"));
            writeProblems(plan.site().blockers(), out);
        }
    }

    /** Input that cannot be imported: a heading, then every problem. */
    public void writeInputError(ImportInputException error, PrintWriter out) {
        out.println(messages.format("import.error.input"));
        writeProblems(error.problems(), out);
    }

    /** A read that failed before anything was changed, with Jira's messages. */
    public void writeJiraError(JiraException error, PrintWriter out) {
        out.println(messages.format("import.error.jira", String.join(" | ", ImportFailure.messagesOf(error))));
    }

    /** Problems that stop an import before it starts, one a line. */
    public void writeProblems(List<ImportProblem> problems, PrintWriter out) {
        problems.forEach(problem -> out.println(INDENT + problem.format(messages)));
    }

    private void writeWarnings(List<ImportWarning> warnings, PrintWriter out) {
        if (warnings.isEmpty()) {
            return;
        }
        out.println(messages.format("import.warning.title"));
        warnings.forEach(warning -> out.println(INDENT + messages.format("import.warning." + warning.kind().name(),
                String.join(", ", warning.keys()))));
    }

    private static String labels(List<ActionLink> links) {
        return String.join(", ", links.stream().map(ActionLink::label).toList());
    }

    private String failure(ImportFailure failure) {
        String jira = String.join(" | ", failure.messages());
        return messages.format("import.failure." + failure.reason().name(), failure.subject(),
                failure.jiraKey() == null ? "" : failure.jiraKey(), status(failure.status()), jira).strip();
    }

    /** "HTTP 400", or that no answer came. */
    private String status(int status) {
        return status == 0 ? messages.format("import.failure.noAnswer") : "HTTP " + status;
    }

    private String step(SetupStep step) {
        return messages.format("import.setup." + step.kind().name(), step.name());
    }

    private String flavor(ImportPlan plan) {
        return messages.format("import.flavor." + plan.flavor().name());
    }
}
