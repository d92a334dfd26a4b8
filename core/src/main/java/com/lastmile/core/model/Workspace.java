package com.lastmile.core.model;

import java.util.List;
import java.util.Objects;

/** A strategy tree with its people and settings: the unit a workspace file holds and a Jira scope loads. */
public record Workspace(Settings settings, List<Person> people, List<Item> items) {

    public Workspace {
        Objects.requireNonNull(settings, "settings");
        people = List.copyOf(people);
        items = List.copyOf(items);
    }
}
