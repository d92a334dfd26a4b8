package com.lastmile.web.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How fractions and values appear in JSON: rounded for display to 4 decimals, plain notation. */
public final class JsonNumbers {

    public static final int DISPLAY_SCALE = 4;

    private JsonNumbers() {
    }

    public static BigDecimal forDisplay(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.setScale(Math.min(value.scale(), DISPLAY_SCALE), RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** Writes a field with the value rounded for display, or null. */
    public static void writeField(JsonGenerator json, String field, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, forDisplay(value));
        }
    }
}
