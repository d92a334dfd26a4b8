package com.lastmile.app;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import java.io.IOException;
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

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceInput input;

    @Mixin
    AsOfOption asOf;

    @Mixin
    LocaleOption locale;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    EvaluationOutput.Format format;

    @Override
    public Integer call() throws IOException {
        Evaluation evaluation = Evaluator.evaluate(input.scope(), asOf.date());
        EvaluationOutput.write(evaluation, format, locale.messages(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
