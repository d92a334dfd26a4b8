package com.lastmile.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.i18n.UserMessages;
import com.lastmile.jira.scope.GoalTreeLoader;
import java.util.List;

/**
 * {@code issue in goalTree("LM-1")}: the goal and everything below it (contributors, stories of its epics,
 * sub-tasks, checkpoints). Jira filters the final result by the searcher's permissions as for any function.
 */
public final class GoalTreeFunction extends AbstractJqlFunction {

    private final IssueManager issues;
    private final PermissionManager permissions;
    private final GoalTreeLoader loader;
    private final SettingsStore settings;
    private final UserMessages messages;

    public GoalTreeFunction(IssueManager issues, PermissionManager permissions, GoalTreeLoader loader,
                            SettingsStore settings, UserMessages messages) {
        this.issues = issues;
        this.permissions = permissions;
        this.loader = loader;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        Arguments arguments = new Arguments(operand, messages.current());
        if (arguments.count(1, 1, "goalTree(\"KEY\")") && root(searcher, arguments.values().get(0)) == null) {
            arguments.error("plugin.jql.error.unknownIssue", operand.getName(), arguments.values().get(0));
        }
        return arguments.errors();
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        ApplicationUser user = queryCreationContext.getApplicationUser();
        Issue root = operand.getArgs().size() == 1 ? root(user, operand.getArgs().get(0)) : null;
        if (root == null) {
            return List.of();
        }
        return loader.load(user, List.of(root), settings.load()).issues().stream()
                .map(issue -> new QueryLiteral(operand, issue.getId())).toList();
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    /** The root issue if the user may browse it; unknown and hidden look the same. */
    private Issue root(ApplicationUser user, String key) {
        Issue issue = issues.getIssueObject(key.trim());
        return issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user) ? issue : null;
    }
}
