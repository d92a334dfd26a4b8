package com.lastmile.connector.jira.load;

import com.lastmile.connector.jira.api.ChangeEntry;
import com.lastmile.connector.jira.api.IssueRecord;
import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.JiraUser;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.model.Settings;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the issues a JQL query finds as core's workspace, as the token's user sees them (Jira leaves out what that
 * user may not browse), in a bounded number of calls whatever the scope's size: one {@code fields()} to find Last
 * Mile's fields, one search (paged by the API) asking only for those, one {@code changelogs()} for the checkpoints'
 * original plans and one {@code users()} for the people named in RACI and verifier fields; the last two only when
 * there is something to ask. Items keep the search's order. Settings are core's defaults.
 */
public final class JiraTreeLoader {

    private final JiraApi api;
    private final IssueTypeMapping types;

    public JiraTreeLoader(JiraApi api, IssueTypeMapping types) {
        this.api = api;
        this.types = types;
    }

    /** @throws com.lastmile.connector.jira.http.JiraException when a call fails, naming it and Jira's messages */
    public Workspace load(String jql) {
        SiteFields fields = SiteFields.of(api.fields());
        List<IssueRecord> issues = new ArrayList<>();
        api.search(jql, fields.searchFieldIds(), List.of(), issues::add);
        FieldValues values = new FieldValues(fields);
        Map<String, ItemType> typeByKey = new LinkedHashMap<>();
        issues.forEach(issue -> typeByKey.put(issue.key(), types.typeOf(issue.issueType())));
        List<IssueRecord> checkpoints = issues.stream()
                .filter(issue -> typeByKey.get(issue.key()) == ItemType.CHECKPOINT).toList();
        Map<String, OriginalPlan> originals = new ChangelogPlans(fields, values)
                .of(checkpoints, changelogs(checkpoints));
        TreeLinks links = new TreeLinks(typeByKey, values);
        RecordItems mapper = new RecordItems(values);
        List<Item> items = new ArrayList<>(issues.size());
        for (IssueRecord issue : issues) {
            ItemType type = typeByKey.get(issue.key());
            List<String> actions = type == ItemType.CHECKPOINT ? links.actionsOf(issue) : List.of();
            items.add(mapper.toItem(issue, type, links.parentOf(issue), actions, originals.get(issue.key())));
        }
        return new Workspace(Settings.defaults(), people(items), items);
    }

    private Map<String, List<ChangeEntry>> changelogs(List<IssueRecord> checkpoints) {
        return checkpoints.isEmpty() ? Map.of() : api.changelogs(checkpoints.stream().map(IssueRecord::id).toList());
    }

    /** The named people Jira knows; an id it does not know is left out, so the RACI rules report it. */
    private List<Person> people(List<Item> items) {
        Set<String> named = new LinkedHashSet<>();
        for (Item item : items) {
            Raci raci = item.raci();
            if (raci != null) {
                named.addAll(raci.responsible());
                named.addAll(raci.accountable());
                named.addAll(raci.consulted());
                named.addAll(raci.informed());
            }
            Verification check = item.checkpoint() == null ? null : item.checkpoint().verification();
            if (check != null && check.verifier() != null) {
                named.add(check.verifier());
            }
        }
        if (named.isEmpty()) {
            return List.of();
        }
        List<Person> people = new ArrayList<>();
        for (JiraUser user : api.users(named)) {
            people.add(new Person(user.id(), user.displayName(), user.active()));
        }
        return people;
    }
}
