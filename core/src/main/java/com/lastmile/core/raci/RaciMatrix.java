package com.lastmile.core.raci;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.Raci;
import com.lastmile.core.port.PeopleDirectory;
import com.lastmile.core.review.PersonRef;
import com.lastmile.core.rules.RaciRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The RACI matrix of a list of items: one row per item with a RACI assignment, one column per person holding a
 * role on those items. A cell joins the person's roles in R, A, C, I order with "+": {@code R+A} is normal,
 * combinations such as {@code A+I} are what the hygiene findings report.
 *
 * @param rows the items with a RACI assignment, in the given order
 * @param people everyone holding a role in the rows, in order of first appearance (R, A, C, I within a row)
 */
public record RaciMatrix(List<Row> rows, List<PersonRef> people) {

    public RaciMatrix {
        rows = List.copyOf(rows);
        people = List.copyOf(people);
    }

    /**
     * One item's row.
     *
     * @param cells person id → roles, such as "R", "A", "R+A", "C"; in order of first appearance
     */
    public record Row(Item item, Map<String, String> cells) {

        public Row {
            cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }

    /** The items that carry a RACI assignment, in their order: the rows a matrix of {@code items} has. */
    public static List<Item> assigned(List<Item> items) {
        return items.stream().filter(item -> item.raci() != null).toList();
    }

    /** The matrix of the items with a RACI assignment; people are named from the directory (else by id). */
    public static RaciMatrix of(List<Item> items, PeopleDirectory directory) {
        List<Row> rows = new ArrayList<>();
        Set<String> people = new LinkedHashSet<>();
        for (Item item : assigned(items)) {
            Map<String, Set<RaciRole>> roles = rolesByPerson(item.raci());
            people.addAll(roles.keySet());
            Map<String, String> cells = new LinkedHashMap<>();
            roles.forEach((person, held) -> cells.put(person, cell(held)));
            rows.add(new Row(item, cells));
        }
        return new RaciMatrix(rows, people.stream().map(id -> PersonRef.of(id, directory)).toList());
    }

    private static Map<String, Set<RaciRole>> rolesByPerson(Raci raci) {
        Map<String, Set<RaciRole>> roles = new LinkedHashMap<>();
        add(roles, raci.responsible(), RaciRole.R);
        add(roles, raci.accountable(), RaciRole.A);
        add(roles, raci.consulted(), RaciRole.C);
        add(roles, raci.informed(), RaciRole.I);
        return roles;
    }

    private static void add(Map<String, Set<RaciRole>> roles, List<String> people, RaciRole role) {
        for (String person : people) {
            roles.computeIfAbsent(person, p -> EnumSet.noneOf(RaciRole.class)).add(role);
        }
    }

    /** EnumSet iterates in declaration order: R, A, C, I. */
    private static String cell(Set<RaciRole> held) {
        return held.stream().map(RaciRole::name).collect(Collectors.joining("+"));
    }
}
