package com.lastmile.jira;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.HashMap;
import java.util.Map;

/** A Jira user directory for tests: users with a key, a username, a display name and an active flag. */
public final class JiraUsers {

    private final Map<String, ApplicationUser> byKey = new HashMap<>();
    private final Map<String, ApplicationUser> byName = new HashMap<>();
    private final UserManager userManager = mock(UserManager.class);

    public JiraUsers() {
        lenient().when(userManager.getUserByKey(anyString())).thenAnswer(call -> byKey.get(call.<String>getArgument(0)));
        lenient().when(userManager.getUserByName(anyString())).thenAnswer(call -> byName.get(call.<String>getArgument(0)));
    }

    /** A user whose key differs from the username, as for users created since Jira 8 (JIRAUSER…). */
    public ApplicationUser add(String key, String username, String displayName, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        lenient().when(user.getKey()).thenReturn(key);
        lenient().when(user.getUsername()).thenReturn(username);
        lenient().when(user.getDisplayName()).thenReturn(displayName);
        lenient().when(user.isActive()).thenReturn(active);
        byKey.put(key, user);
        byName.put(username, user);
        return user;
    }

    public ApplicationUser get(String key) {
        return byKey.get(key);
    }

    public UserManager userManager() {
        return userManager;
    }

    /** The usual cast: alice, bob, carol and dave are active; erin has left the company. */
    public static JiraUsers standard() {
        JiraUsers users = new JiraUsers();
        users.add("JIRAUSER10001", "alice", "Alice Liu", true);
        users.add("JIRAUSER10002", "bob", "Bob <Boss> Wang", true);
        users.add("JIRAUSER10003", "carol", "Carol Chen", true);
        users.add("JIRAUSER10004", "dave", "Dave Du", true);
        users.add("JIRAUSER10005", "erin", "Erin Ex", false);
        return users;
    }
}
