package com.lastmile.app;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.i18n.Messages;
import com.lastmile.web.json.EvaluationJsonWriter;
import java.io.IOException;
import java.io.PrintWriter;

/** How {@code evaluate} prints an evaluation, and {@code audit} the same way: JSON or text. */
final class EvaluationOutput {

    /** Output formats of an evaluation. */
    enum Format { json, text }

    private EvaluationOutput() {
    }

    static void write(Evaluation evaluation, Format format, Messages messages, PrintWriter out) throws IOException {
        if (format == Format.json) {
            new EvaluationJsonWriter(messages, true).write(evaluation, out);
            out.println();
        } else {
            new EvaluationText(messages).write(evaluation, out);
        }
    }
}
