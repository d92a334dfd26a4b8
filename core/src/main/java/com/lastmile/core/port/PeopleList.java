package com.lastmile.core.port;

import com.lastmile.core.model.Person;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A people directory over a known list, as a workspace file or a test provides it. */
public final class PeopleList implements PeopleDirectory {

    private final Map<String, Person> byId = new LinkedHashMap<>();

    public PeopleList(Collection<Person> people) {
        people.forEach(p -> byId.putIfAbsent(p.id(), p));
    }

    @Override
    public Optional<Person> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
