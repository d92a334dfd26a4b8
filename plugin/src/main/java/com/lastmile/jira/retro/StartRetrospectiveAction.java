package com.lastmile.jira.retro;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.lastmile.jira.view.Html;
import java.util.List;
import java.util.Locale;

/**
 * "Start retrospective" from a goal's More menu: GET shows what will happen, POST (with Jira's XSRF token) creates
 * the Retrospective issue and opens it. All decisions are {@link RetrospectiveStarter}'s.
 */
public final class StartRetrospectiveAction extends JiraWebActionSupport {

    static final String CONFIRM = "input";
    static final String REFUSED = "error";

    private final RetrospectiveStarter starter;
    private final JiraAuthenticationContext authentication;
    private String issueKey;
    private List<String> problems = List.of();

    public StartRetrospectiveAction(RetrospectiveStarter starter, JiraAuthenticationContext authentication) {
        this.starter = starter;
        this.authentication = authentication;
    }

    @Override
    @SupportedMethods({RequestMethod.GET})
    public String doDefault() {
        return show(starter.check(authentication.getLoggedInUser(), issueKey, locale()), CONFIRM);
    }

    @Override
    @RequiresXsrfCheck
    @SupportedMethods({RequestMethod.POST})
    protected String doExecute() {
        Outcome outcome = starter.start(authentication.getLoggedInUser(), issueKey, locale());
        if (outcome.createdKey() != null && outcome.problems().isEmpty()) {
            return getRedirect("/browse/" + outcome.createdKey());
        }
        return show(outcome, REFUSED);
    }

    private String show(Outcome outcome, String view) {
        problems = outcome.problems();
        return problems.isEmpty() ? view : REFUSED;
    }

    private Locale locale() {
        Locale locale = authentication.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** Set by webwork from the request parameter {@code issueKey}. */
    public void setIssueKey(String issueKey) {
        this.issueKey = issueKey;
    }

    public String getIssueKeyHtml() {
        return Html.escape(issueKey);
    }

    /** The reasons nothing (or not everything) was done, escaped. */
    public List<String> getProblemsHtml() {
        return problems.stream().map(Html::escape).toList();
    }
}
