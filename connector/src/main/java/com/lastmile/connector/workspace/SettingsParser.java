package com.lastmile.connector.workspace;

import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads {@code settings}: the deviation bands and the RACI rules; what is left out keeps its default. */
final class SettingsParser {

    private static final class Draft {
        BigDecimal normal = Settings.DEFAULT_NORMAL_PERCENT;
        BigDecimal controllable = Settings.DEFAULT_CONTROLLABLE_PERCENT;
        Set<ItemType> raciRequiredOn = Settings.defaultRaciRequiredOn();
        int accountableLimit = Settings.DEFAULT_ACCOUNTABLE_LIMIT;

        boolean bandsInOrder() {
            return normal.signum() >= 0 && controllable.compareTo(normal) > 0;
        }
    }

    private final YamlCursor cursor;
    private final ValueReader values;
    private final MappingSchema<Draft> deviation;
    private final MappingSchema<Draft> settings;

    SettingsParser(YamlCursor cursor, ValueReader values) {
        this.cursor = cursor;
        this.values = values;
        deviation = new MappingSchema<Draft>()
                .optional("normal", (draft, sink, field) -> {
                    BigDecimal normal = values.nonNegativeNumber(sink, field);
                    draft.normal = normal != null ? normal : draft.normal;
                })
                .optional("controllable", (draft, sink, field) -> {
                    BigDecimal controllable = values.nonNegativeNumber(sink, field);
                    draft.controllable = controllable != null ? controllable : draft.controllable;
                });
        MappingSchema<Draft> raci = new MappingSchema<Draft>()
                .optional("requiredOn", this::readRaciRequiredOn)
                .optional("accountableLimit", (draft, sink, field) -> {
                    Integer limit = values.wholeNumber(sink, field, 1);
                    draft.accountableLimit = limit != null ? limit : draft.accountableLimit;
                });
        settings = new MappingSchema<Draft>()
                .optional("deviation", this::readDeviation)
                .optional("raci", (draft, sink, field) -> raci.read(cursor, sink, field, draft));
    }

    /** @return the settings, or null when they are reported as wrong */
    Settings read(ProblemSink sink, String field) throws IOException {
        Draft draft = new Draft();
        settings.read(cursor, sink, field, draft);
        return draft.bandsInOrder()
                ? new Settings(draft.normal, draft.controllable, draft.raciRequiredOn, draft.accountableLimit)
                : null;
    }

    private void readDeviation(Draft draft, ProblemSink sink, String field) throws IOException {
        int line = cursor.line();
        if (deviation.read(cursor, sink, field, draft) != null && !draft.bandsInOrder()) {
            sink.report(line, field, "expected 0 <= normal < controllable, got normal " + draft.normal
                    + " and controllable " + draft.controllable);
        }
    }

    private void readRaciRequiredOn(Draft draft, ProblemSink sink, String field) throws IOException {
        List<ItemType> types = values.list(sink, field, (element, index) ->
                values.choice(sink, element, WorkspaceSpelling.ITEM_TYPES, ItemType::fromDisplayName));
        if (types != null) {
            draft.raciRequiredOn = types.isEmpty() ? EnumSet.noneOf(ItemType.class) : EnumSet.copyOf(types);
        }
    }
}
