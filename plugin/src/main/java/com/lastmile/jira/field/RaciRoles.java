package com.lastmile.jira.field;

import com.lastmile.core.model.Raci;
import com.lastmile.core.rules.RaciRole;
import java.util.List;

/** The people holding one role of an assignment. */
public final class RaciRoles {

    private RaciRoles() {
    }

    public static List<String> holders(Raci raci, RaciRole role) {
        return switch (role) {
            case R -> raci.responsible();
            case A -> raci.accountable();
            case C -> raci.consulted();
            case I -> raci.informed();
        };
    }
}
