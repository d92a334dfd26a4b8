package com.lastmile.connector.jira.api;

import java.util.Collection;
import java.util.List;

/** Looks up users by id in as few calls as the flavor allows; ids Jira does not know are left out. */
interface UserSource {

    List<JiraUser> users(Collection<String> ids);
}
