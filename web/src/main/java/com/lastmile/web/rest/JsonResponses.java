package com.lastmile.web.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.lastmile.core.i18n.Messages;
import com.lastmile.web.json.LastMileJson;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.core.Response;

/**
 * Response bodies as UTF-8 JSON bytes written with {@link LastMileJson}, so neither Jira's nor the preview's
 * JSON provider is involved and both hosts answer byte for byte alike. Public for hosts' own resources.
 */
public final class JsonResponses {

    public static final String JSON_UTF8 = "application/json; charset=UTF-8";

    /** One writer per language (findings carry localised messages); writers are thread-safe and cache. */
    private static final Map<Locale, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

    private JsonResponses() {
    }

    public static Response ok(Object body, Messages messages) {
        return status(200, body, messages);
    }

    public static Response status(int status, Object body, Messages messages) {
        return Response.status(status).type(JSON_UTF8).entity(bytes(body, messages)).build();
    }

    private static byte[] bytes(Object body, Messages messages) {
        ObjectWriter writer = WRITERS.computeIfAbsent(messages.locale(),
                locale -> LastMileJson.mapper(messages).writer().without(SerializationFeature.INDENT_OUTPUT));
        try {
            return writer.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
