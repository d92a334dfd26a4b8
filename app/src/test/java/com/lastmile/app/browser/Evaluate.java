package com.lastmile.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.app.LastMile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** `lastmile evaluate FILE --as-of DATE --format json [--viewer ID]`, run in-process: the reference numbers. */
final class Evaluate {

    private Evaluate() {
    }

    static JsonNode json(Path workspace, String asOf, String viewer) {
        List<String> args = new ArrayList<>(List.of("evaluate", workspace.toString(), "--as-of", asOf, "--format", "json"));
        if (viewer != null) {
            args.add("--viewer");
            args.add(viewer);
        }
        return run(args.toArray(String[]::new));
    }

    /** `lastmile review FILE --as-of DATE --format json`: the weekly review the board shows. */
    static JsonNode review(Path workspace, String asOf) {
        return run("review", workspace.toString(), "--as-of", asOf, "--format", "json");
    }

    private static JsonNode run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LastMile.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("lastmile " + args[0] + " exit code; stderr: " + err).isZero();
        try {
            return new ObjectMapper().readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fraction as the dashboard's aria-valuenow: percent with two decimals at most (0.4614 → "46.14"). */
    static String percentValue(JsonNode fraction) {
        BigDecimal percent = fraction.decimalValue().max(BigDecimal.ZERO).min(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0).toPlainString() : percent.toPlainString();
    }
}
