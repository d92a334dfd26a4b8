package com.lastmile.connector.jira.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a user object: Cloud identifies users by account id, Data Center by user name. */
final class JiraUsers {

    private JiraUsers() {
    }

    static JiraUser read(JsonNode user, JiraFlavor flavor) {
        String id = flavor == JiraFlavor.CLOUD ? Json.text(user, "accountId") : Json.text(user, "name");
        return new JiraUser(id, Json.text(user, "displayName"), user.path("active").asBoolean(true));
    }
}
