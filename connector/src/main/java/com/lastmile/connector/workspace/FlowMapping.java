package com.lastmile.connector.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds one YAML flow mapping, {@code { a: 1, b: text }}, leaving out every value that is not set. */
final class FlowMapping {

    private final StringBuilder text = new StringBuilder();

    /** Adds a field whose value is already YAML. */
    FlowMapping yaml(String name, String yaml) {
        text.append(text.isEmpty() ? "{ " : ", ").append(name).append(": ").append(yaml);
        return this;
    }

    FlowMapping text(String name, String value) {
        return value == null ? this : yaml(name, YamlScalars.text(value));
    }

    FlowMapping number(String name, BigDecimal value) {
        return value == null ? this : yaml(name, YamlScalars.number(value));
    }

    FlowMapping number(String name, int value) {
        return yaml(name, Integer.toString(value));
    }

    FlowMapping date(String name, LocalDate value) {
        return value == null ? this : yaml(name, YamlScalars.date(value));
    }

    FlowMapping list(String name, List<String> values) {
        return yaml(name, YamlScalars.list(values));
    }

    FlowMapping mapping(String name, FlowMapping value) {
        return yaml(name, value.toString());
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "{}" : text + " }";
    }
}
