package com.lastmile.app;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.web.json.EvaluationJsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lastmile evaluate}: progress, checkpoints and findings of every item. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a workspace: progress roll-up with explanations, checkpoint deviations, findings.")
final class EvaluateCommand implements Callable<Integer> {

    /** Output formats of evaluate. */
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceInput input;

    @Mixin
    AsOfOption asOf;

    @Mixin
    LocaleOption locale;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        Evaluation evaluation = Evaluator.evaluate(input.scope(), asOf.date());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            new EvaluationJsonWriter(locale.messages(), true).write(evaluation, out);
            out.println();
        } else {
            new EvaluationText(locale.messages()).write(evaluation, out);
        }
        return ExitCodes.OK;
    }
}
