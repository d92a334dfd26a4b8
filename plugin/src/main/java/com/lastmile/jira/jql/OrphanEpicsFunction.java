package com.lastmile.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.lastmile.core.model.ItemType;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.config.TypeMapping;
import com.lastmile.jira.i18n.UserMessages;
import com.lastmile.jira.scope.ContributesLinks;
import com.lastmile.jira.scope.IssueSearch;
import com.lastmile.web.rest.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code issue in orphanEpics()}: epics that contribute to no goal (core's ORPHAN_EPIC). Contributing only to
 * checkpoints does not count: that makes an epic a corrective action, not part of a goal. Two searches and one
 * link read, whatever the number of epics.
 */
public final class OrphanEpicsFunction extends AbstractJqlFunction {

    private final IssueSearch search;
    private final ContributesLinks links;
    private final SettingsStore settings;
    private final UserMessages messages;

    public OrphanEpicsFunction(IssueSearch search, ContributesLinks links, SettingsStore settings,
                               UserMessages messages) {
        this.search = search;
        this.links = links;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        Arguments arguments = new Arguments(operand, messages.current());
        arguments.count(0, 0, "orphanEpics()");
        return arguments.errors();
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        ApplicationUser user = queryCreationContext.getApplicationUser();
        JiraSettings config = settings.load();
        List<Issue> epics;
        try {
            epics = search.asUser(user, "issuetype = " + config.issueTypeId(ItemType.EPIC).orElse("\"Epic\""));
        } catch (ApiException noEpicType) {
            return List.of();
        }
        ContributesLinks.Index index = links.load(config);
        Set<Long> goals = goalTargets(user, epics, index, new TypeMapping(config));
        return epics.stream().filter(epic -> index.targetsOf(epic.getId()).stream().noneMatch(goals::contains))
                .map(epic -> new QueryLiteral(operand, epic.getId())).toList();
    }

    /** Of everything the epics contribute to, what is not a checkpoint (one search, overriding security). */
    private Set<Long> goalTargets(ApplicationUser user, List<Issue> epics, ContributesLinks.Index index,
                                  TypeMapping types) {
        String targets = epics.stream().flatMap(e -> index.targetsOf(e.getId()).stream()).distinct()
                .map(String::valueOf).collect(Collectors.joining(", "));
        if (targets.isEmpty()) {
            return Set.of();
        }
        Map<Long, ItemType> typeById = new HashMap<>();
        search.overridingSecurity(user, "issue in (" + targets + ")")
                .forEach(target -> typeById.put(target.getId(), types.typeOf(target.getIssueType())));
        return typeById.entrySet().stream().filter(e -> e.getValue() != ItemType.CHECKPOINT).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
