package com.lastmile.web.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.lastmile.core.eval.CheckpointResult;
import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.i18n.Messages;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes an evaluation in the JSON shape of DESIGN.md ("lastmile evaluate … --format json"), streaming, so a
 * million items never exist as a tree in memory. Explanations say where each progress value came from.
 */
public final class EvaluationJsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final Messages messages;
    private final boolean pretty;

    public EvaluationJsonWriter(Messages messages, boolean pretty) {
        this.messages = messages;
        this.pretty = pretty;
    }

    public void write(Evaluation evaluation, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            json.writeStartObject();
            json.writeStringField("asOf", evaluation.asOf().toString());
            json.writeStringField("viewer", evaluation.viewer());
            json.writeNumberField("hidden", evaluation.hidden());
            json.writeArrayFieldStart("items");
            for (ItemResult item : evaluation.items()) {
                writeItem(json, item);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("checkpoints");
            for (CheckpointResult checkpoint : evaluation.checkpoints()) {
                writeCheckpoint(json, checkpoint);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Finding finding : evaluation.findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeItem(JsonGenerator json, ItemResult item) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", item.key());
        json.writeNumberField("level", item.level());
        JsonNumbers.writeField(json, "progress", item.progress());
        JsonNumbers.writeField(json, "achievement", item.achievement());
        json.writeStringField("trend", item.trend() == null ? null : item.trend().name());
        json.writeFieldName("explain");
        ExplanationJson.write(json, item);
        json.writeEndObject();
    }

    private static void writeCheckpoint(JsonGenerator json, CheckpointResult checkpoint) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", checkpoint.key());
        json.writeStringField("goal", checkpoint.goal());
        json.writeStringField("state", checkpoint.state().name());
        JsonNumbers.writeField(json, "deviation", checkpoint.deviation());
        json.writeStringField("band", checkpoint.band() == null ? null : checkpoint.band().name());
        json.writeBooleanField("rebaselined", checkpoint.rebaselined());
        if (checkpoint.rebaselined()) {
            JsonNumbers.writeField(json, "originalDeviation", checkpoint.originalDeviation());
            json.writeStringField("originalBand",
                    checkpoint.originalBand() == null ? null : checkpoint.originalBand().name());
        }
        json.writeEndObject();
    }

    private void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", finding.key());
        json.writeStringField("rule", finding.rule().name());
        json.writeStringField("severity", finding.severity().name());
        json.writeStringField("message", finding.message(messages));
        json.writeEndObject();
    }
}
