package com.lastmile.connector.jira.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.core.model.Raci;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RACI field's value exactly as the plugin writes it ({@code RaciJson.write}):
 * {@code {"R":["a"],"A":"b","C":[],"I":[]}} — roles in R, A, C, I order, a single Accountable as a plain string and
 * any other number of Accountables as a list, so several Accountables are imported and then reported, not lost.
 */
final class RaciText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RaciText() {
    }

    static String write(Raci raci) {
        Map<String, Object> roles = new LinkedHashMap<>();
        roles.put("R", raci.responsible());
        roles.put("A", raci.accountable().size() == 1 ? raci.accountable().get(0) : raci.accountable());
        roles.put("C", raci.consulted());
        roles.put("I", raci.informed());
        try {
            return JSON.writeValueAsString(roles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
