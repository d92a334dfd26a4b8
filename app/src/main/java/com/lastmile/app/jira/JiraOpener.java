package com.lastmile.app.jira;

import com.lastmile.connector.jira.http.JiraSite;

/** Opens a session on a Jira site; the commands' seam between their options and the REST client. */
@FunctionalInterface
public interface JiraOpener {

    /**
     * @throws com.lastmile.connector.jira.http.CredentialsException when no usable credentials are found
     * @throws com.lastmile.connector.jira.http.JiraException when the site does not answer as Jira
     */
    JiraSession open(JiraSite site);
}
