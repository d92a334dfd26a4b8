package com.lastmile.core.port;

import com.lastmile.core.model.Person;
import java.util.Optional;

/** Port: who exists and whether they are active (Jira's user manager, or a workspace's people list). */
public interface PeopleDirectory {

    Optional<Person> find(String id);
}
