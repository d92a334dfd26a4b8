package com.lastmile.app.jira;

import com.lastmile.app.serve.PreviewHost;
import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.JiraUser;
import com.lastmile.connector.jira.load.IssueTypeMapping;
import com.lastmile.connector.jira.load.JiraTreeLoader;
import com.lastmile.core.model.Person;
import java.util.List;
import java.util.Locale;

/** The preview over live Jira: every port answered by Jira as the token's user. */
public final class JiraPreview {

    private JiraPreview() {
    }

    /**
     * @param user the token's user, whom the viewer switch shows as the only person
     * @param defaultJql the scope of requests that name none, or null
     */
    public static PreviewHost host(JiraApi api, JiraUser user, String defaultJql, IssueTypeMapping types,
                                   Locale defaultLocale) {
        List<Person> people = List.of(new Person(user.id(), user.displayName(), user.active()));
        return new PreviewHost(new LiveJiraCallerResolver(defaultLocale),
                new LiveJiraScopeProvider(new JiraTreeLoader(api, types), defaultJql),
                new LiveJiraCheckpointRecorder(api), () -> people);
    }
}
