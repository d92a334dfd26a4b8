package com.lastmile.jira.field;

import com.lastmile.core.rules.RaciRole;
import java.util.Map;

/** A stored RACI value for display: each role's people as escaped HTML (display names, inactive people marked). */
public final class RaciView {

    private final Map<RaciRole, String> html;

    RaciView(Map<RaciRole, String> html) {
        this.html = Map.copyOf(html);
    }

    public String responsibleHtml() {
        return html.get(RaciRole.R);
    }

    public String accountableHtml() {
        return html.get(RaciRole.A);
    }

    public String consultedHtml() {
        return html.get(RaciRole.C);
    }

    public String informedHtml() {
        return html.get(RaciRole.I);
    }
}
