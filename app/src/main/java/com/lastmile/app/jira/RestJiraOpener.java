package com.lastmile.app.jira;

import com.lastmile.connector.jira.api.JiraConnection;
import com.lastmile.connector.jira.http.Credentials;
import com.lastmile.connector.jira.http.CredentialsLoader;
import com.lastmile.connector.jira.http.HttpJiraTransport;
import com.lastmile.connector.jira.http.JiraSite;

/**
 * Opens Jira's REST API with the credentials of the environment or of the user's credentials file
 * ({@link CredentialsLoader}); asking the site whether it is Cloud or Data Center is its one request.
 */
public final class RestJiraOpener implements JiraOpener {

    @Override
    public JiraSession open(JiraSite site) {
        Credentials credentials = CredentialsLoader.atDefaultLocation().load(System.getenv());
        HttpJiraTransport transport = HttpJiraTransport.create(site, credentials);
        try {
            return new JiraSession(JiraConnection.open(transport), transport::close);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
    }
}
