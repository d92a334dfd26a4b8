package com.lastmile.connector.workspace;

import com.lastmile.core.model.Person;
import java.io.IOException;
import java.util.Map;

/** Reads one entry of {@code people}: {@code { id: li.ming, name: 李明, active: true }}. */
final class PersonParser {

    private static final String PERSON_ID = "a person id";

    private static final class Draft {
        String id;
        String name;
        boolean active = true;
    }

    private final YamlCursor cursor;
    private final MappingSchema<Draft> schema;

    PersonParser(YamlCursor cursor, ValueReader values) {
        this.cursor = cursor;
        schema = new MappingSchema<Draft>()
                .required("id", PERSON_ID, (draft, sink, field) -> draft.id = values.name(sink, field, PERSON_ID))
                .optional("name", (draft, sink, field) -> draft.name = values.text(sink, field))
                .optional("active", (draft, sink, field) -> {
                    Boolean active = values.bool(sink, field);
                    draft.active = active == null || active;
                });
    }

    /** @return the person, or null when the entry is reported as wrong */
    Person read(ProblemSink sink, String field, int index, CrossReferences references) throws IOException {
        Draft draft = new Draft();
        Map<String, Integer> given = schema.read(cursor, sink, field, draft);
        if (given == null || draft.id == null) {
            return null;
        }
        Integer previous = references.definePerson(draft.id, index);
        if (previous != null) {
            sink.report(given.get("id"), FieldPath.child(field, "id"), "duplicate person id "
                    + YamlCursor.quote(draft.id) + "; already used by " + FieldPath.element("people", previous));
            return null;
        }
        return new Person(draft.id, draft.name, draft.active);
    }
}
