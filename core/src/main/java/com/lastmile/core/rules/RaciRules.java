package com.lastmile.core.rules;

import com.lastmile.core.finding.Finding;
import com.lastmile.core.finding.Rule;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.port.PeopleDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The RACI rules of one assignment. The same check serves the evaluator, the Jira field type (create,
 * edit, bulk edit, REST, CSV import) and the workflow validator, so "exactly one Accountable" lives here only.
 */
public final class RaciRules {

    /** More Responsible people than this is a warning: the work has no clear doer. */
    public static final int MAX_RESPONSIBLE = 3;

    private final PeopleDirectory people;
    /** {@code settings.raciRequiredOn()} by type ordinal: asked for every item of a scope without RACI. */
    private final boolean[] requiredOn = new boolean[ItemType.values().length];

    public RaciRules(PeopleDirectory people, Settings settings) {
        this.people = people;
        settings.raciRequiredOn().forEach(type -> requiredOn[type.ordinal()] = true);
    }

    /** The findings of an item's assignment; {@code raci} may be null (not assigned). */
    public List<Finding> check(String key, ItemType type, Raci raci) {
        if (raci == null) {
            return requiredOn[type.ordinal()] ? List.of(Finding.of(key, Rule.RACI_MISSING)) : List.of();
        }
        List<Finding> findings = new ArrayList<>(2);
        List<String> accountable = distinct(raci.accountable());
        if (accountable.isEmpty()) {
            findings.add(Finding.of(key, Rule.RACI_NO_ACCOUNTABLE));
        } else if (accountable.size() > 1) {
            findings.add(Finding.of(key, Rule.RACI_MULTIPLE_ACCOUNTABLE, String.join(", ", accountable)));
        }
        int responsible = distinct(raci.responsible()).size();
        if (responsible == 0) {
            findings.add(Finding.of(key, Rule.RACI_NO_RESPONSIBLE));
        } else if (responsible > MAX_RESPONSIBLE) {
            findings.add(Finding.of(key, Rule.RACI_TOO_MANY_RESPONSIBLE,
                    String.valueOf(responsible), String.valueOf(MAX_RESPONSIBLE)));
        }
        // people in order of first mention (A, R, C, I) with a bit set of their roles: a handful of ids, so
        // linear scans beat hash sets
        int mentions = raci.accountable().size() + raci.responsible().size() + raci.consulted().size()
                + raci.informed().size();
        String[] people = new String[mentions];
        int[] roles = new int[mentions];
        int count = collect(raci.accountable(), RaciRole.A, people, roles, 0);
        count = collect(raci.responsible(), RaciRole.R, people, roles, count);
        count = collect(raci.consulted(), RaciRole.C, people, roles, count);
        count = collect(raci.informed(), RaciRole.I, people, roles, count);
        for (int k = 0; k < count; k++) {
            checkPerson(key, people[k], roles[k], findings);
        }
        return findings;
    }

    private void checkPerson(String key, String id, int held, List<Finding> findings) {
        Optional<Person> person = people.find(id);
        if (person.isEmpty()) {
            findings.add(Finding.of(key, Rule.RACI_UNKNOWN_PERSON, id, letters(held)));
        } else if (!person.get().active()) {
            findings.add(Finding.of(key, Rule.RACI_INACTIVE_PERSON, id, letters(held)));
        }
        boolean doesOrOwns = (held & (bit(RaciRole.R) | bit(RaciRole.A))) != 0;
        boolean isToldOrAsked = (held & (bit(RaciRole.C) | bit(RaciRole.I))) != 0;
        if (doesOrOwns && isToldOrAsked) {
            findings.add(Finding.of(key, Rule.RACI_REDUNDANT_ROLE, id, letters(held)));
        }
    }

    private static List<String> distinct(List<String> ids) {
        if (ids.size() < 2) {
            return ids;
        }
        List<String> unique = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (!unique.contains(id)) {
                unique.add(id);
            }
        }
        return unique;
    }

    private static int collect(List<String> ids, RaciRole role, String[] people, int[] roles, int count) {
        // indexed: a Raci's lists are immutable copies (random access), and no iterator is allocated
        for (int m = 0; m < ids.size(); m++) {
            String id = ids.get(m);
            int k = 0;
            while (k < count && !people[k].equals(id)) {
                k++;
            }
            if (k == count) {
                people[count++] = id;
            }
            roles[k] |= bit(role);
        }
        return count;
    }

    private static int bit(RaciRole role) {
        return 1 << role.ordinal();
    }

    /** Roles in R, A, C, I order joined with "+", e.g. "R+A" or "A+I". */
    private static String letters(int held) {
        StringBuilder text = new StringBuilder();
        for (RaciRole role : RaciRole.values()) {
            if ((held & bit(role)) == 0) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('+');
            }
            text.append(role.name());
        }
        return text.toString();
    }
}
