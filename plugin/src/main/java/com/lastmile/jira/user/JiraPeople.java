package com.lastmile.jira.user;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.lastmile.core.model.Person;
import com.lastmile.core.port.PeopleDirectory;
import java.util.Optional;

/**
 * Jira's users as core's people directory. A person's id is the Jira user <em>key</em>, which survives
 * renames; people type usernames, so input is resolved by username first and by key second.
 */
public final class JiraPeople implements PeopleDirectory {

    private final UserManager users;

    public JiraPeople(UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<Person> find(String key) {
        ApplicationUser user = key == null ? null : users.getUserByKey(key);
        return user == null ? Optional.empty()
                : Optional.of(new Person(user.getKey(), user.getDisplayName(), user.isActive()));
    }

    /** The user key of a username or key as typed, if such a user exists. */
    public Optional<String> keyOf(String nameOrKey) {
        ApplicationUser user = users.getUserByName(nameOrKey);
        if (user == null) {
            user = users.getUserByKey(nameOrKey);
        }
        return Optional.ofNullable(user).map(ApplicationUser::getKey);
    }

    /** The username of a user key, or the key itself when no such user exists (so nothing is lost). */
    public String usernameOf(String key) {
        ApplicationUser user = users.getUserByKey(key);
        return user == null ? key : user.getUsername();
    }
}
