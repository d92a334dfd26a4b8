package com.lastmile.jira.field;

import com.lastmile.core.model.Raci;
import com.lastmile.core.rules.RaciRole;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The edit form's shape of a RACI value: one comma-separated list of names per role letter. */
final class RaciForms {

    private RaciForms() {
    }

    static Raci toRaci(Map<RaciRole, String> inputs) {
        return new Raci(split(inputs.get(RaciRole.R)), split(inputs.get(RaciRole.A)), split(inputs.get(RaciRole.C)),
                split(inputs.get(RaciRole.I)));
    }

    static String join(Raci raci, RaciRole role) {
        return String.join(", ", RaciRoles.holders(raci, role));
    }

    private static List<String> split(String input) {
        if (input == null) {
            return List.of();
        }
        return Arrays.stream(input.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
