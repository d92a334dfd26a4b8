package com.lastmile.jira.field;

import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.rules.RaciRole;
import com.lastmile.jira.user.JiraPeople;
import com.lastmile.jira.view.Html;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the field's Velocity templates call (listed in the descriptor's velocity-allowlist): ready-escaped text,
 * so templates hold no logic and work the same whatever Jira's Velocity escaping mode is.
 */
public final class RaciTemplates {

    private final JiraPeople people;

    public RaciTemplates(JiraPeople people) {
        this.people = people;
    }

    /** The view of a stored value (user keys), or null when there is none or it cannot be read. */
    public RaciView view(String stored) {
        Raci raci = read(stored);
        if (raci == null) {
            return null;
        }
        Map<RaciRole, String> html = new EnumMap<>(RaciRole.class);
        for (RaciRole role : RaciRole.values()) {
            html.put(role, RaciRoles.holders(raci, role).stream().map(this::personHtml).collect(Collectors.joining(", ")));
        }
        return new RaciView(html);
    }

    /** The edit form of a typed value (usernames): as stored for an issue, or as submitted after a rejection. */
    public RaciForm form(String typed) {
        Raci raci = typed == null ? null : read(typed);
        Map<RaciRole, String> html = new EnumMap<>(RaciRole.class);
        for (RaciRole role : RaciRole.values()) {
            html.put(role, raci == null ? "" : Html.escape(RaciForms.join(raci, role)));
        }
        String accountable = raci == null ? "" : RaciForms.join(raci, RaciRole.A);
        String label = raci == null || raci.accountable().size() != 1 ? accountable
                : people.keyOf(accountable).flatMap(people::find).map(Person::name).orElse(accountable);
        return new RaciForm(html, Html.escape(label));
    }

    private static Raci read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return RaciJson.parse(text);
        } catch (RaciFormatException e) {
            return null;
        }
    }

    private String personHtml(String key) {
        Optional<Person> person = people.find(key);
        if (person.isEmpty()) {
            return "<span class=\"lastmile-raci-person lastmile-raci-unknown\">" + Html.escape(key) + "</span>";
        }
        String css = person.get().active() ? "lastmile-raci-person" : "lastmile-raci-person lastmile-raci-inactive";
        return "<span class=\"" + css + "\" title=\"" + Html.escape(people.usernameOf(key)) + "\">"
                + Html.escape(person.get().name()) + "</span>";
    }
}
