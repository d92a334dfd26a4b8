package com.lastmile.app.jira;

import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.connector.jira.load.JiraTreeLoader;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.port.PeopleList;
import com.lastmile.core.query.Subtree;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.port.ScopeQuery;
import com.lastmile.web.port.UnknownKeyException;
import com.lastmile.web.rest.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * The scope of a preview request over live Jira, loaded afresh for every request (no cache: the data is Jira's and
 * changes under us) as the token's user, whom Jira already restricts to what they may browse: nothing is hidden
 * on top, so {@code hidden} is 0. The scope is the request's {@code jql}, else the server's default query; a
 * {@code root} narrows it to that item's subtree, which then starts at the root (its own parent lies outside by
 * choice, not by a broken link), as in the plugin.
 */
public final class LiveJiraScopeProvider implements ScopeProvider {

    private final JiraTreeLoader loader;
    private final String defaultJql;

    /** @param defaultJql the scope when a request names none, or null to require {@code jql} on every request */
    public LiveJiraScopeProvider(JiraTreeLoader loader, String defaultJql) {
        this.loader = loader;
        this.defaultJql = defaultJql;
    }

    @Override
    public Scope load(Caller caller, ScopeQuery query) {
        String jql = query.jql() != null ? query.jql() : defaultJql;
        if (jql == null) {
            throw ApiException.badParameter("jql", "jira.serve.error.noJql");
        }
        Workspace workspace;
        try {
            workspace = loader.load(jql);
        } catch (JiraException e) {
            throw JiraRestErrors.ofLoad(e);
        }
        List<Item> items = query.root() == null ? workspace.items() : subtree(workspace.items(), query.root());
        return new Scope(workspace.settings(), new PeopleList(workspace.people()), caller.viewer(), items, 0);
    }

    private static List<Item> subtree(List<Item> items, String root) {
        List<Item> subtree = new ArrayList<>(Subtree.of(items, root));
        if (subtree.isEmpty()) {
            throw new UnknownKeyException(root);
        }
        for (int i = 0; i < subtree.size(); i++) {
            Item item = subtree.get(i);
            if (item.key().equals(root)) {
                subtree.set(i, withoutParent(item));
            }
        }
        return subtree;
    }

    private static Item withoutParent(Item item) {
        return new Item(item.key(), item.type(), item.summary(), null, item.status(), item.statusCategory(),
                item.weight(), item.points(), item.due(), item.raci(), item.metric(), item.checkpoint(),
                item.visibleTo());
    }
}
