package com.lastmile.core.model;

import java.util.Objects;

/** Someone who can hold a RACI role or view the tree. */
public record Person(String id, String name, boolean active) {

    public Person {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
    }
}
