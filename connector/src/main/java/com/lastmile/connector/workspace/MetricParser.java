package com.lastmile.connector.workspace;

import com.lastmile.core.model.Direction;
import com.lastmile.core.model.Metric;
import java.io.IOException;
import java.math.BigDecimal;

/** Reads {@code metric: { name, unit, direction, baseline, target, stretch, actual, additive }}. */
final class MetricParser {

    private static final String NAME = "a metric name";

    private static final class Draft {
        String name;
        String unit;
        Direction direction;
        BigDecimal baseline;
        BigDecimal target;
        BigDecimal stretch;
        BigDecimal actual;
        boolean additive;
    }

    private final YamlCursor cursor;
    private final MappingSchema<Draft> schema;

    MetricParser(YamlCursor cursor, ValueReader values) {
        this.cursor = cursor;
        schema = new MappingSchema<Draft>()
                .required("name", NAME, (draft, sink, field) -> draft.name = values.name(sink, field, NAME))
                .optional("unit", (draft, sink, field) -> draft.unit = values.text(sink, field))
                .required("direction", WorkspaceSpelling.DIRECTIONS, (draft, sink, field) -> draft.direction =
                        values.choice(sink, field, WorkspaceSpelling.DIRECTIONS, WorkspaceSpelling::direction))
                .optional("baseline", (draft, sink, field) -> draft.baseline = values.number(sink, field))
                .required("target", "a number", (draft, sink, field) -> draft.target = values.number(sink, field))
                .optional("stretch", (draft, sink, field) -> draft.stretch = values.number(sink, field))
                .optional("actual", (draft, sink, field) -> draft.actual = values.number(sink, field))
                .optional("additive", (draft, sink, field) ->
                        draft.additive = Boolean.TRUE.equals(values.bool(sink, field)));
    }

    /** @return the metric, or null when a required part is missing or wrong (and reported) */
    Metric read(ProblemSink sink, String field) throws IOException {
        Draft draft = new Draft();
        if (schema.read(cursor, sink, field, draft) == null
                || draft.name == null || draft.direction == null || draft.target == null) {
            return null;
        }
        return new Metric(draft.name, draft.unit, draft.direction, draft.baseline, draft.target, draft.stretch,
                draft.actual, draft.additive);
    }
}
