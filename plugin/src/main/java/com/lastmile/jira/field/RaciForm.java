package com.lastmile.jira.field;

import com.lastmile.core.rules.RaciRole;
import java.util.Map;

/** A typed RACI value for the edit form: each role's usernames, comma-separated and escaped for an attribute. */
public final class RaciForm {

    private final Map<RaciRole, String> html;
    private final String accountableLabelHtml;

    RaciForm(Map<RaciRole, String> html, String accountableLabelHtml) {
        this.html = Map.copyOf(html);
        this.accountableLabelHtml = accountableLabelHtml;
    }

    public String responsibleHtml() {
        return html.get(RaciRole.R);
    }

    public String accountableHtml() {
        return html.get(RaciRole.A);
    }

    /** The label of the user picker's selected option: the Accountable's display name, or the input as typed. */
    public String accountableLabelHtml() {
        return accountableLabelHtml;
    }

    /** Whether the Accountable input holds anything, so the picker shows it as selected. */
    public boolean hasAccountable() {
        return !html.get(RaciRole.A).isEmpty();
    }

    public String consultedHtml() {
        return html.get(RaciRole.C);
    }

    public String informedHtml() {
        return html.get(RaciRole.I);
    }
}
