package com.lastmile.jira.field;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.lastmile.core.finding.Finding;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Raci;
import com.lastmile.core.rules.RaciRole;
import com.lastmile.jira.i18n.UserMessages;
import com.lastmile.jira.user.JiraPeople;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Turns what people type (usernames; JSON from REST and CSV import, or the edit form's four inputs) into the
 * stored value (user keys) and back. Every way into the field passes {@link #fromText} or {@link #fromForm},
 * so the RACI rules hold for create, edit, inline and bulk edit, REST and import alike.
 */
public final class RaciInput {

    private final JiraPeople people;
    private final RaciCheck check;
    private final UserMessages messages;

    public RaciInput(JiraPeople people, RaciCheck check, UserMessages messages) {
        this.people = people;
        this.check = check;
        this.messages = messages;
    }

    /**
     * The stored value of a typed JSON value, or null when blank.
     *
     * @throws FieldValidationException naming every problem, in the user's language
     */
    public String fromText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Raci typed;
        try {
            typed = RaciJson.parse(text);
        } catch (RaciFormatException e) {
            throw new FieldValidationException(e.message(messages.current()));
        }
        return store(typed);
    }

    /**
     * The stored value of the edit form's inputs (comma-separated names per role letter), or null when all are blank.
     *
     * @throws FieldValidationException naming every problem, in the user's language
     */
    public String fromForm(Map<RaciRole, String> inputs) {
        if (inputs.values().stream().allMatch(v -> v == null || v.isBlank())) {
            return null;
        }
        Raci typed = RaciForms.toRaci(inputs);
        for (RaciRole role : RaciRole.values()) {
            int count = RaciRoles.holders(typed, role).size();
            if (count > RaciJson.MAX_PEOPLE_PER_ROLE) {
                throw new FieldValidationException(messages.current().format("plugin.raci.error.tooMany", role.name(),
                        count, RaciJson.MAX_PEOPLE_PER_ROLE));
            }
        }
        return store(typed);
    }

    /** The typed form (usernames) of a stored value; a stored value that cannot be read is returned unchanged. */
    public String toText(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return RaciJson.write(map(RaciJson.parse(stored), people::usernameOf));
        } catch (RaciFormatException e) {
            return stored;
        }
    }

    private String store(Raci typed) {
        Raci stored = map(typed, name -> people.keyOf(name).orElse(name));
        String text = RaciJson.write(stored);
        if (text.length() > RaciJson.MAX_CHARS) {
            // the form has no length limit of its own, and keys can be longer than the names typed
            throw new FieldValidationException(messages.current().format("plugin.raci.error.tooLong", text.length(),
                    RaciJson.MAX_CHARS));
        }
        List<Finding> violations = check.violations(stored);
        if (!violations.isEmpty()) {
            Messages language = messages.current();
            List<String> reasons = new ArrayList<>();
            for (Finding finding : violations) {
                reasons.add(RaciCheck.describe(withNames(finding), language));
            }
            throw new FieldValidationException(String.join(" ", reasons));
        }
        return text;
    }

    /** Findings name people by key (several joined with ", "); users know them by username. */
    private Finding withNames(Finding finding) {
        if (finding.args().isEmpty()) {
            return finding;
        }
        List<String> args = new ArrayList<>(finding.args());
        args.set(0, Arrays.stream(args.get(0).split(", ")).map(people::usernameOf).collect(Collectors.joining(", ")));
        return new Finding(finding.key(), finding.rule(), args);
    }

    private static Raci map(Raci raci, UnaryOperator<String> person) {
        return new Raci(raci.responsible().stream().map(person).toList(),
                raci.accountable().stream().map(person).toList(),
                raci.consulted().stream().map(person).toList(),
                raci.informed().stream().map(person).toList());
    }
}
