package com.lastmile.web.rest.view;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.web.json.ExplanationJson;
import java.io.IOException;

/** Writes an item's {@code explain} object exactly as {@code lastmile evaluate} does. */
final class ExplainSerializer extends StdSerializer<ItemResult> {

    ExplainSerializer() {
        super(ItemResult.class);
    }

    @Override
    public void serialize(ItemResult item, JsonGenerator json, SerializerProvider provider) throws IOException {
        ExplanationJson.write(json, item);
    }
}
