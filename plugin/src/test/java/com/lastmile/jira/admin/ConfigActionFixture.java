package com.lastmile.jira.admin;

/** Lets tests outside this package post the admin form (webwork calls the protected doExecute). */
public final class ConfigActionFixture {

    private ConfigActionFixture() {
    }

    public static String submit(ConfigAction action) {
        return action.doExecute();
    }
}
