package com.lastmile.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.lastmile.core.rules.RaciRole;
import com.lastmile.jira.field.RaciFields;
import com.lastmile.jira.field.RaciFormatException;
import com.lastmile.jira.field.RaciJson;
import com.lastmile.jira.field.RaciRoles;
import com.lastmile.jira.i18n.UserMessages;
import com.lastmile.jira.scope.IssueSearch;
import com.lastmile.jira.user.JiraPeople;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code issue in raciRole("A", "currentUser()")}: issues whose RACI field gives the person that role. The person
 * is a username, or {@code currentUser()} (quoted or, where Jira's parser allows it, bare), or left out for the
 * searcher. Reads the RACI values of the issues that have one: one search, no index of our own.
 */
public final class RaciRoleFunction extends AbstractJqlFunction {

    static final String CURRENT_USER = "currentUser()";
    private static final String USAGE = "raciRole(\"R|A|C|I\", \"username|currentUser()\")";

    private final RaciFields fields;
    private final IssueSearch search;
    private final JiraPeople people;
    private final UserMessages messages;

    public RaciRoleFunction(RaciFields fields, IssueSearch search, JiraPeople people, UserMessages messages) {
        this.fields = fields;
        this.search = search;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        Arguments arguments = new Arguments(operand, messages.current());
        if (arguments.count(1, 2, USAGE)) {
            List<String> values = arguments.values();
            if (role(values.get(0)).isEmpty()) {
                arguments.error("plugin.jql.error.role", operand.getName(), values.get(0));
            }
            if (values.size() == 2 && !isCurrentUser(values.get(1)) && people.keyOf(values.get(1).trim()).isEmpty()) {
                arguments.error("plugin.jql.error.user", operand.getName(), values.get(1));
            }
            if (fields.any().isEmpty()) {
                arguments.error("plugin.jql.error.noRaciField", operand.getName());
            }
        }
        return arguments.errors();
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        ApplicationUser searcher = queryCreationContext.getApplicationUser();
        Optional<RaciRole> role = args.isEmpty() ? Optional.empty() : role(args.get(0));
        Optional<String> person = args.size() < 2 || isCurrentUser(args.get(1))
                ? Optional.ofNullable(searcher).map(ApplicationUser::getKey) : people.keyOf(args.get(1).trim());
        Optional<CustomField> field = fields.any();
        if (role.isEmpty() || person.isEmpty() || field.isEmpty()) {
            return List.of();
        }
        return search.asUser(searcher, "cf[" + field.get().getIdAsLong() + "] is not EMPTY").stream()
                .filter(issue -> holds(issue, field.get(), role.get(), person.get()))
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

    private static boolean holds(Issue issue, CustomField field, RaciRole role, String userKey) {
        Object stored = issue.getCustomFieldValue(field);
        if (stored == null) {
            return false;
        }
        try {
            return RaciRoles.holders(RaciJson.parse(stored.toString()), role).contains(userKey);
        } catch (RaciFormatException e) {
            return false;
        }
    }

    private static Optional<RaciRole> role(String text) {
        String letter = text.trim().toUpperCase(Locale.ROOT);
        for (RaciRole role : RaciRole.values()) {
            if (role.name().equals(letter)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static boolean isCurrentUser(String text) {
        String trimmed = text.trim();
        return trimmed.equalsIgnoreCase(CURRENT_USER) || trimmed.equalsIgnoreCase("currentUser");
    }
}
