package com.lastmile.connector.workspace;

import com.lastmile.core.model.Raci;
import java.io.IOException;
import java.util.List;

/**
 * Reads {@code raci: { A: ceo, R: [a, b], C: [c], I: [d] }}. Each role is one person id or a list; several
 * Accountables load (the engine reports them), and unknown ids are left to the engine too.
 */
final class RaciParser {

    private static final String PERSON_ID = "a person id";

    private static final class Draft {
        List<String> responsible = List.of();
        List<String> accountable = List.of();
        List<String> consulted = List.of();
        List<String> informed = List.of();
    }

    private final YamlCursor cursor;
    private final MappingSchema<Draft> schema;

    RaciParser(YamlCursor cursor, ValueReader values) {
        this.cursor = cursor;
        schema = new MappingSchema<Draft>()
                .optional("R", (draft, sink, field) -> draft.responsible = people(values, sink, field))
                .optional("A", (draft, sink, field) -> draft.accountable = people(values, sink, field))
                .optional("C", (draft, sink, field) -> draft.consulted = people(values, sink, field))
                .optional("I", (draft, sink, field) -> draft.informed = people(values, sink, field));
    }

    /** @return the assignment, or null when the value is not a mapping */
    Raci read(ProblemSink sink, String field) throws IOException {
        Draft draft = new Draft();
        if (schema.read(cursor, sink, field, draft) == null) {
            return null;
        }
        return new Raci(draft.responsible, draft.accountable, draft.consulted, draft.informed);
    }

    private static List<String> people(ValueReader values, ProblemSink sink, String field) throws IOException {
        List<String> ids = values.nameOrList(sink, field, PERSON_ID);
        return ids == null ? List.of() : ids;
    }
}
