package com.lastmile.connector.jira.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.core.model.Raci;
import com.lastmile.core.rules.RaciRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The RACI field's value over REST, read and written as the plugin does. Written exactly as {@code RaciJson.write}:
 * {@code {"R":["a"],"A":"b","C":[],"I":[]}} — roles in R, A, C, I order, a single Accountable as a plain string and
 * any other number of Accountables as a list, so several Accountables are imported and then reported, not lost.
 * Read with the plugin's grammar and tolerance ({@code plugin/…/field/RaciJson}): an object
 * of the roles R, A, C, I, each a name or a list of names, names trimmed and blanks dropped; at most 10,000
 * characters and 50 people per role. The value arrives as JSON text (a text field; ADF on Cloud) or, from a site
 * running the plugin, as the JSON object itself. An unreadable value counts as none, so that RACI_MISSING points
 * at it, exactly as in the plugin.
 */
public final class RaciField {

    static final int MAX_CHARS = 10_000;
    static final int MAX_PEOPLE_PER_ROLE = 50;

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RaciField() {
    }

    /** The field's text for a RACI. */
    public static String write(Raci raci) {
        Map<String, Object> roles = new LinkedHashMap<>();
        roles.put("R", raci.responsible());
        roles.put("A", raci.accountable().size() == 1 ? raci.accountable().get(0) : raci.accountable());
        roles.put("C", raci.consulted());
        roles.put("I", raci.informed());
        try {
            return STRICT.writeValueAsString(roles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** The RACI of a raw field value; null when absent, blank or unreadable. */
    public static Raci read(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isObject() && !AdfText.isDocument(value)) {
            return roles(value).orElse(null);
        }
        String text = value.isTextual() ? value.asText() : AdfText.isDocument(value) ? AdfText.of(value) : null;
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return null;
        }
        return parse(text).flatMap(RaciField::roles).orElse(null);
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            JsonNode root = STRICT.readTree(text);
            return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Raci> roles(JsonNode object) {
        Map<RaciRole, List<String>> roles = new EnumMap<>(RaciRole.class);
        for (RaciRole role : RaciRole.values()) {
            roles.put(role, List.of());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Optional<RaciRole> role = role(field.getKey());
            Optional<List<String>> names = names(field.getValue());
            if (role.isEmpty() || names.isEmpty()) {
                return Optional.empty();
            }
            roles.put(role.get(), names.get());
        }
        return Optional.of(new Raci(roles.get(RaciRole.R), roles.get(RaciRole.A), roles.get(RaciRole.C),
                roles.get(RaciRole.I)));
    }

    private static Optional<RaciRole> role(String name) {
        String letter = name.trim().toUpperCase(Locale.ROOT);
        for (RaciRole role : RaciRole.values()) {
            if (role.name().equals(letter)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> names(JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value.isTextual()) {
            add(names, value.asText());
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    return Optional.empty();
                }
                add(names, element.asText());
            }
        } else if (!value.isNull()) {
            return Optional.empty();
        }
        return names.size() > MAX_PEOPLE_PER_ROLE ? Optional.empty() : Optional.of(names);
    }

    private static void add(List<String> names, String name) {
        String trimmed = name.trim();
        if (!trimmed.isEmpty()) {
            names.add(trimmed);
        }
    }
}
