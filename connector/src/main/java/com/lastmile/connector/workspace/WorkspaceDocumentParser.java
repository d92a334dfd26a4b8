package com.lastmile.connector.workspace;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** Reads a whole workspace file in one pass: {@code version}, {@code settings}, {@code people} and {@code items}. */
final class WorkspaceDocumentParser {

    private static final class Draft {
        Settings settings = Settings.defaults();
        List<Person> people = List.of();
        List<Item> items = List.of();
    }

    private final YamlCursor cursor;
    private final ProblemCollector problems;
    private final CrossReferences references = new CrossReferences();
    private final MappingSchema<Draft> schema;

    WorkspaceDocumentParser(YamlCursor cursor, ProblemCollector problems) {
        this.cursor = cursor;
        this.problems = problems;
        ValueReader values = new ValueReader(cursor);
        SettingsParser settings = new SettingsParser(cursor, values);
        PersonParser person = new PersonParser(cursor, values);
        ItemParser item = new ItemParser(cursor, values);
        schema = new MappingSchema<Draft>()
                .required("version", "1", (draft, sink, field) -> {
                    BigDecimal version = values.number(sink, field);
                    if (version != null && version.compareTo(BigDecimal.ONE) != 0) {
                        values.reject(sink, field, "1");
                    }
                })
                .optional("settings", (draft, sink, field) -> draft.settings = settings.read(sink, field))
                .optional("people", (draft, sink, field) -> draft.people = values.list(sink, field,
                        (element, index) -> person.read(sink, element, index, references)))
                .required("items", "a list of items", (draft, sink, field) -> draft.items = values.list(sink, field,
                        (element, index) -> item.read(sink, index, references)));
    }

    /** @return the workspace, or null when problems were reported */
    Workspace parse() throws IOException {
        if (cursor.next() == null) {
            problems.report(1, "", "the file is empty; expected a mapping with version and items");
            return null;
        }
        Draft draft = new Draft();
        if (schema.read(cursor, problems, "", draft) != null && cursor.next() != null) {
            problems.report(cursor.line(), "",
                    "expected the end of the file after the workspace, got another YAML document");
        }
        references.check(problems);
        return problems.isEmpty() ? new Workspace(draft.settings, draft.people, draft.items) : null;
    }
}
