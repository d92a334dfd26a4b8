package com.lastmile.web.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.i18n.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The Jackson mapper for Last Mile's records: numbers rounded for display, dates as ISO strings, findings
 * with their severity and localised message. One place, so the CLI and the REST resources agree.
 */
public final class LastMileJson {

    private LastMileJson() {
    }

    public static ObjectMapper mapper(Messages messages) {
        SimpleModule module = new SimpleModule("lastmile")
                .addSerializer(BigDecimal.class, new DisplayDecimalSerializer())
                .addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addSerializer(Finding.class, new FindingSerializer(messages));
        return new ObjectMapper().registerModule(module).enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static final class DisplayDecimalSerializer extends StdSerializer<BigDecimal> {
        DisplayDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeNumber(JsonNumbers.forDisplay(value).toPlainString());
        }
    }

    private static final class FindingSerializer extends StdSerializer<Finding> {
        private final Messages messages;

        FindingSerializer(Messages messages) {
            super(Finding.class);
            this.messages = messages;
        }

        @Override
        public void serialize(Finding finding, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeStringField("key", finding.key());
            json.writeStringField("rule", finding.rule().name());
            json.writeStringField("severity", finding.severity().name());
            json.writeStringField("message", finding.message(messages));
            json.writeEndObject();
        }
    }
}
