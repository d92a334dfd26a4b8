package com.lastmile.core.review;

import com.lastmile.core.model.Person;
import com.lastmile.core.port.PeopleDirectory;
import java.util.List;
import java.util.Objects;

/**
 * A person as documents name them: the id and the display name from the scope's people directory (the id
 * again when the directory does not know the person).
 */
public record PersonRef(String id, String name) {

    public PersonRef {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
    }

    public static PersonRef of(String id, PeopleDirectory people) {
        return new PersonRef(id, people.find(id).map(Person::name).orElse(id));
    }

    public static List<PersonRef> of(List<String> ids, PeopleDirectory people) {
        return ids.stream().map(id -> of(id, people)).toList();
    }

    /** "李明 (li.ming)", or just the id when the name is the id. */
    public String display() {
        return name.equals(id) ? id : name + " (" + id + ")";
    }
}
