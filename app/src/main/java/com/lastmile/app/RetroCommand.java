package com.lastmile.app;

import com.lastmile.core.doc.Document;
import com.lastmile.core.doc.MarkdownRenderer;
import com.lastmile.core.doc.WikiRenderer;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.retro.RetrospectiveBuilder;
import com.lastmile.web.adf.AdfRenderer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lastmile retro}: the retrospective (复盘) of one goal, prefilled from its own data. */
@Command(name = "retro", mixinStandardHelpOptions = true,
        description = "The retrospective of a goal in five steps: review the goal, compare results, analyse "
                + "causes, extract methods, plan the next round.")
final class RetroCommand implements Callable<Integer> {

    /** Output formats of retro: Markdown, Jira wiki markup (Data Center), Atlassian Document Format (Cloud). */
    enum Format { markdown, wiki, adf }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceInput input;

    @Parameters(index = "1", paramLabel = "KEY", description = "Key of the goal (Strategic Goal, Campaign or Tactic).")
    String key;

    @Mixin
    AsOfOption asOf;

    @Mixin
    LocaleOption locale;

    @Option(names = "--format", defaultValue = "markdown",
            description = "markdown, wiki or adf (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Document document = RetrospectiveBuilder.build(Evaluator.evaluate(input.scope(), asOf.date()), key,
                locale.messages());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case markdown -> out.print(MarkdownRenderer.render(document));
            case wiki -> out.print(WikiRenderer.render(document));
            case adf -> out.println(AdfRenderer.render(document));
        }
        return ExitCodes.OK;
    }
}
