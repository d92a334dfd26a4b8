package com.lastmile.jira.retro;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.config.TypeMapping;
import java.util.Map;

/** Shows "Start retrospective" only on goals (Strategic Goal, Campaign, Tactic as mapped). */
public final class GoalIssueCondition implements Condition {

    private final SettingsStore settings;

    public GoalIssueCondition(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getIssueType() != null
                && new TypeMapping(settings.load()).typeOf(issue.getIssueType()).isGoal();
    }
}
