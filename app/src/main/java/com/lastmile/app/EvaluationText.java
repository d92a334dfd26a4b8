package com.lastmile.app;

import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Severity;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.rules.Percent;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The evaluation for a terminal: an indented tree, the checkpoints, then the findings, all localised. */
final class EvaluationText {

    private final Messages messages;

    EvaluationText(Messages messages) {
        this.messages = messages;
    }

    void write(Evaluation evaluation, PrintWriter out) {
        String viewer = evaluation.viewer() == null ? messages.get("cli.viewer.everyone") : evaluation.viewer();
        out.println(messages.format("cli.evaluate.header", evaluation.asOf().toString(), viewer,
                String.valueOf(evaluation.hidden())));
        out.println();
        out.println(messages.get("cli.evaluate.items"));
        for (ItemResult item : evaluation.items()) {
            out.println("  " + "  ".repeat(item.level()) + item.key() + "  "
                    + messages.get(item.item().type().messageKey()) + "  " + item.item().summary());
            out.println("  " + "  ".repeat(item.level() + 2) + messages.format("cli.evaluate.item.figures",
                    percent(item.progress()), percent(item.achievement()),
                    item.trend() == null ? "—" : messages.get("trend." + item.trend().name())));
        }
        out.println();
        out.println(messages.get("cli.evaluate.checkpoints"));
        for (CheckpointResult checkpoint : evaluation.checkpoints()) {
            out.println("  " + checkpoint.key() + " → " + (checkpoint.goal() == null ? "—" : checkpoint.goal())
                    + "  " + (checkpoint.item().due() == null ? "—" : checkpoint.item().due().toString())
                    + "  " + messages.get("state." + checkpoint.state().name())
                    + (checkpoint.band() == null ? "" : "  " + percent(checkpoint.deviation()) + "  "
                    + messages.get("band." + checkpoint.band().name()))
                    + (checkpoint.rebaselined() ? "  " + messages.format("cli.evaluate.rebaselined",
                    percent(checkpoint.originalDeviation())) : ""));
        }
        out.println();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        evaluation.findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        out.println(messages.format("cli.evaluate.findings", String.valueOf(counts.getOrDefault(Severity.ERROR, 0)),
                String.valueOf(counts.getOrDefault(Severity.WARNING, 0)),
                String.valueOf(counts.getOrDefault(Severity.INFO, 0))));
        for (Finding finding : evaluation.findings()) {
            out.println("  " + messages.get("severity." + finding.severity().name()) + "  "
                    + (finding.key() == null ? "—" : finding.key()) + "  " + finding.rule().name() + "  "
                    + finding.message(messages));
        }
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? "—" : Percent.format(fraction).replace("+", "");
    }
}
