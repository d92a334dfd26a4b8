package com.lastmile.jira.field;

import com.fasterxml.jackson.core.JsonLocation;
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

/**
 * The RACI field's JSON text: {@code {"R": ["alice"], "A": "bob", "C": [], "I": ["carol"]}}. Every role takes a
 * name or a list of names, so that data with several Accountables can be read and then reported by the rules
 * instead of being mistaken for malformed input. Size limits keep one value from bloating the issue table.
 */
public final class RaciJson {

    public static final int MAX_CHARS = 10_000;
    public static final int MAX_PEOPLE_PER_ROLE = 50;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RaciJson() {
    }

    /** Reads a RACI value; names are trimmed, blanks dropped. */
    public static Raci parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new RaciFormatException("plugin.raci.error.tooLong", text.length(), MAX_CHARS);
        }
        JsonNode root = readTree(text);
        if (!root.isObject()) {
            throw new RaciFormatException("plugin.raci.error.malformed", 1, 1);
        }
        Map<RaciRole, List<String>> roles = new EnumMap<>(RaciRole.class);
        for (RaciRole role : RaciRole.values()) {
            roles.put(role, new ArrayList<>());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            RaciRole role = role(field.getKey());
            roles.put(role, names(role, field.getValue()));
        }
        return new Raci(roles.get(RaciRole.R), roles.get(RaciRole.A), roles.get(RaciRole.C), roles.get(RaciRole.I));
    }

    /** The canonical text: roles in R, A, C, I order; a single Accountable as a plain string. */
    public static String write(Raci raci) {
        try {
            return MAPPER.writeValueAsString(toMap(raci));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** The canonical shape as plain maps and lists, as Jira's REST layer serialises it. */
    public static Map<String, Object> toMap(Raci raci) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("R", raci.responsible());
        map.put("A", raci.accountable().size() == 1 ? raci.accountable().get(0) : raci.accountable());
        map.put("C", raci.consulted());
        map.put("I", raci.informed());
        return map;
    }

    private static JsonNode readTree(String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null) {
                throw new RaciFormatException("plugin.raci.error.malformed", 1, 1);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RaciFormatException("plugin.raci.error.malformed",
                    at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr());
        }
    }

    private static RaciRole role(String name) {
        String letter = name.trim().toUpperCase(Locale.ROOT);
        for (RaciRole role : RaciRole.values()) {
            if (role.name().equals(letter)) {
                return role;
            }
        }
        throw new RaciFormatException("plugin.raci.error.unknownRole", name);
    }

    private static List<String> names(RaciRole role, JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value.isTextual()) {
            add(names, value.asText());
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    throw new RaciFormatException("plugin.raci.error.notNames", role.name());
                }
                add(names, element.asText());
            }
        } else if (!value.isNull()) {
            throw new RaciFormatException("plugin.raci.error.notNames", role.name());
        }
        if (names.size() > MAX_PEOPLE_PER_ROLE) {
            throw new RaciFormatException("plugin.raci.error.tooMany", role.name(), names.size(), MAX_PEOPLE_PER_ROLE);
        }
        return names;
    }

    private static void add(List<String> names, String name) {
        String trimmed = name.trim();
        if (!trimmed.isEmpty()) {
            names.add(trimmed);
        }
    }
}
