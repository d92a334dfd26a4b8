package com.lastmile.app;

import com.lastmile.core.doc.MarkdownRenderer;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.review.WeeklyReview;
import com.lastmile.core.review.WeeklyReviewBuilder;
import com.lastmile.core.review.WeeklyReviewDocument;
import com.lastmile.web.json.LastMileJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lastmile review}: the weekly review (周例会) of deviations, due and overdue checkpoints, wins, hygiene. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "The weekly review: deviations needing attention (major first), checkpoints due in the "
                + "next 7 days, overdue checkpoints, wins and hygiene findings.")
final class ReviewCommand implements Callable<Integer> {

    /** Output formats of review. */
    enum Format { markdown, json }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceInput input;

    @Mixin
    AsOfOption asOf;

    @Mixin
    LocaleOption locale;

    @Option(names = "--format", defaultValue = "markdown",
            description = "markdown or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        WeeklyReview review = WeeklyReviewBuilder.build(Evaluator.evaluate(input.scope(), asOf.date()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(LastMileJson.mapper(locale.messages()).writeValueAsString(review));
        } else {
            out.print(MarkdownRenderer.render(WeeklyReviewDocument.of(review, locale.messages())));
        }
        return ExitCodes.OK;
    }
}
