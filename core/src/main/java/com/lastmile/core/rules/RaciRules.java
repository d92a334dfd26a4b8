package com.lastmile.core.rules;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.port.PeopleDirectory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The RACI rules of one assignment. The same check serves the evaluator, the Jira field type (create,
 * edit, bulk edit, REST, CSV import) and the workflow validator, so "exactly one Accountable" lives here only.
 */
public final class RaciRules {

    /** More Responsible people than this is a warning: the work has no clear doer. */
    public static final int MAX_RESPONSIBLE = 3;

    private final PeopleDirectory people;
    private final Settings settings;

    public RaciRules(PeopleDirectory people, Settings settings) {
        this.people = people;
        this.settings = settings;
    }

    /** The findings of an item's assignment; {@code raci} may be null (not assigned). */
    public List<Finding> check(String key, ItemType type, Raci raci) {
        List<Finding> findings = new ArrayList<>();
        if (raci == null) {
            if (settings.raciRequiredOn().contains(type)) {
                findings.add(Finding.of(key, Rule.RACI_MISSING));
            }
            return findings;
        }
        Set<String> accountable = new LinkedHashSet<>(raci.accountable());
        if (accountable.isEmpty()) {
            findings.add(Finding.of(key, Rule.RACI_NO_ACCOUNTABLE));
        } else if (accountable.size() > 1) {
            findings.add(Finding.of(key, Rule.RACI_MULTIPLE_ACCOUNTABLE, String.join(", ", accountable)));
        }
        Set<String> responsible = new LinkedHashSet<>(raci.responsible());
        if (responsible.isEmpty()) {
            findings.add(Finding.of(key, Rule.RACI_NO_RESPONSIBLE));
        } else if (responsible.size() > MAX_RESPONSIBLE) {
            findings.add(Finding.of(key, Rule.RACI_TOO_MANY_RESPONSIBLE,
                    String.valueOf(responsible.size()), String.valueOf(MAX_RESPONSIBLE)));
        }
        Map<String, Set<RaciRole>> roles = rolesByPerson(raci);
        roles.forEach((person, held) -> checkPerson(key, person, held, findings));
        return findings;
    }

    private void checkPerson(String key, String id, Set<RaciRole> held, List<Finding> findings) {
        Optional<Person> person = people.find(id);
        if (person.isEmpty()) {
            findings.add(Finding.of(key, Rule.RACI_UNKNOWN_PERSON, id, letters(held)));
        } else if (!person.get().active()) {
            findings.add(Finding.of(key, Rule.RACI_INACTIVE_PERSON, id, letters(held)));
        }
        boolean doesOrOwns = held.contains(RaciRole.R) || held.contains(RaciRole.A);
        boolean isToldOrAsked = held.contains(RaciRole.C) || held.contains(RaciRole.I);
        if (doesOrOwns && isToldOrAsked) {
            findings.add(Finding.of(key, Rule.RACI_REDUNDANT_ROLE, id, letters(held)));
        }
    }

    private static Map<String, Set<RaciRole>> rolesByPerson(Raci raci) {
        Map<String, Set<RaciRole>> roles = new LinkedHashMap<>();
        add(roles, raci.accountable(), RaciRole.A);
        add(roles, raci.responsible(), RaciRole.R);
        add(roles, raci.consulted(), RaciRole.C);
        add(roles, raci.informed(), RaciRole.I);
        return roles;
    }

    private static void add(Map<String, Set<RaciRole>> roles, List<String> ids, RaciRole role) {
        for (String id : ids) {
            roles.computeIfAbsent(id, k -> EnumSet.noneOf(RaciRole.class)).add(role);
        }
    }

    /** Roles in R, A, C, I order joined with "+", e.g. "R+A" or "A+I". */
    private static String letters(Set<RaciRole> held) {
        StringBuilder text = new StringBuilder();
        for (RaciRole role : held) {
            if (!text.isEmpty()) {
                text.append('+');
            }
            text.append(role.name());
        }
        return text.toString();
    }
}
