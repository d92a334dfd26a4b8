package com.lastmile.jira.retro;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.lastmile.core.doc.Document;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.retro.RetrospectiveBuilder;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.config.TypeMapping;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.port.ScopeQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts a retrospective (复盘) of a goal as the user: a Retrospective issue in the goal's project, described by
 * core's retrospective in Jira wiki markup in the user's language, linked to the goal with "Contributes to".
 * The document is computed from the goal tree as the user sees it (rooted at the highest goal above it they may
 * browse, so the parent chain appears), so nothing hidden from them ends up in it.
 */
public final class RetrospectiveStarter {

    private final IssueManager issues;
    private final PermissionManager permissions;
    private final GoalAncestry ancestry;
    private final RetrospectiveIssues retrospectives;
    private final ScopeProvider scopes;
    private final SettingsStore settings;
    private final Clock clock;

    public RetrospectiveStarter(IssueManager issues, PermissionManager permissions, GoalAncestry ancestry,
                                RetrospectiveIssues retrospectives, ScopeProvider scopes, SettingsStore settings,
                                Clock clock) {
        this.issues = issues;
        this.permissions = permissions;
        this.ancestry = ancestry;
        this.retrospectives = retrospectives;
        this.scopes = scopes;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the user may start a retrospective of this issue: a goal they may browse. */
    public Outcome check(ApplicationUser user, String goalKey, Locale locale) {
        Messages text = Messages.forLocale(locale);
        Issue goal = goalKey == null || goalKey.isBlank() ? null : issues.getIssueObject(goalKey.trim());
        if (goal == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, goal, user)) {
            return Outcome.refused(text.format("rest.error.unknownKey", String.valueOf(goalKey)));
        }
        ItemType type = new TypeMapping(settings.load()).typeOf(goal.getIssueType());
        if (!type.isGoal()) {
            return Outcome.refused(text.format("rest.error.notAGoal", goal.getKey(), text.get(type.messageKey())));
        }
        return Outcome.allowed();
    }

    public Outcome start(ApplicationUser user, String goalKey, Locale locale) {
        Outcome allowed = check(user, goalKey, locale);
        if (!allowed.problems().isEmpty()) {
            return allowed;
        }
        Messages text = Messages.forLocale(locale);
        JiraSettings config = settings.load();
        Optional<String> retrospectiveType = config.issueTypeId(ItemType.RETROSPECTIVE);
        if (retrospectiveType.isEmpty() || config.linkTypeId() == null) {
            return Outcome.refused(text.get("plugin.retro.error.notSetUp"));
        }
        Issue goal = issues.getIssueObject(goalKey.trim());
        Issue top = ancestry.top(user, goal, config);
        Scope scope = scopes.load(new Caller(user.getKey(), locale, true), new ScopeQuery(top.getKey(), null));
        Document document = RetrospectiveBuilder.build(Evaluator.evaluate(scope, LocalDate.now(clock)), goal.getKey(),
                text);
        return retrospectives.create(user, goal, retrospectiveType.get(), config.linkTypeId(), document, text);
    }
}
