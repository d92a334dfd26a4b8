package com.lastmile.web.json;

import static com.lastmile.web.json.JsonNumbers.writeField;

import com.fasterxml.jackson.core.JsonGenerator;
import com.lastmile.core.eval.Explanation;
import com.lastmile.core.eval.ItemResult;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The {@code explain} object of an item: where its progress came from (metric, children, status or none) with
 * the inputs, weights and excluded children. One writer, so {@code lastmile evaluate} and {@code GET /tree}
 * explain alike.
 */
public final class ExplanationJson {

    private ExplanationJson() {
    }

    public static void write(JsonGenerator json, ItemResult item) throws IOException {
        json.writeStartObject();
        Explanation explanation = item.explanation();
        if (explanation instanceof Explanation.FromMetric metric) {
            writeMetric(json, metric, item.stretchAchievement());
        } else if (explanation instanceof Explanation.FromChildren children) {
            writeChildren(json, children);
        } else if (explanation instanceof Explanation.FromStatus status) {
            json.writeStringField("source", "status");
            json.writeStringField("statusCategory", status.category().name());
        } else if (explanation instanceof Explanation.NoProgress none) {
            json.writeStringField("source", "none");
            json.writeStringField("reason", none.reason().name());
        }
        json.writeEndObject();
    }

    private static void writeMetric(JsonGenerator json, Explanation.FromMetric metric, BigDecimal stretch)
            throws IOException {
        json.writeStringField("source", "metric");
        json.writeStringField("formula", Formulas.text(metric.formula()));
        writeField(json, "actual", metric.actual());
        writeField(json, "baseline", metric.baseline());
        writeField(json, "target", metric.target());
        writeField(json, "achievement", metric.achievement());
        json.writeBooleanField("clamped", metric.clamped());
        writeField(json, "stretchAchievement", stretch);
    }

    private static void writeChildren(JsonGenerator json, Explanation.FromChildren children) throws IOException {
        json.writeStringField("source", "children");
        json.writeStringField("formula", Formulas.WEIGHTED_MEAN);
        writeField(json, "totalWeight", children.totalWeight());
        json.writeArrayFieldStart("contributions");
        for (Explanation.Contribution contribution : children.contributions()) {
            json.writeStartObject();
            json.writeStringField("key", contribution.key());
            writeField(json, "progress", contribution.progress());
            writeField(json, "weight", contribution.weight());
            json.writeStringField("basis", contribution.basis().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("excluded");
        for (Explanation.Exclusion exclusion : children.excluded()) {
            json.writeStartObject();
            json.writeStringField("key", exclusion.key());
            json.writeStringField("reason", exclusion.reason().name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
