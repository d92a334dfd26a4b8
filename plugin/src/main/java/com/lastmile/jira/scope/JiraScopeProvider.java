package com.lastmile.jira.scope;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Item;
import com.lastmile.jira.config.JiraSettings;
import com.lastmile.jira.config.SettingsStore;
import com.lastmile.jira.user.JiraPeople;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.port.ScopeQuery;
import java.util.List;
import java.util.Set;

/**
 * The web port over live Jira data: roots, the goal trees below them (one search per level), filtered by what
 * the caller may browse. {@code hidden} counts the tree's issues the caller may not see.
 */
public final class JiraScopeProvider implements ScopeProvider {

    private final UserManager users;
    private final SettingsStore settings;
    private final ScopeRoots roots;
    private final GoalTreeLoader loader;
    private final BrowseFilter browse;
    private final ScopeItems items;
    private final JiraPeople people;

    public JiraScopeProvider(UserManager users, SettingsStore settings, ScopeRoots roots, GoalTreeLoader loader,
                             BrowseFilter browse, ScopeItems items, JiraPeople people) {
        this.users = users;
        this.settings = settings;
        this.roots = roots;
        this.loader = loader;
        this.browse = browse;
        this.items = items;
        this.people = people;
    }

    @Override
    public Scope load(Caller caller, ScopeQuery query) {
        ApplicationUser user = caller.viewer() == null ? null : users.getUserByKey(caller.viewer());
        JiraSettings config = settings.load();
        ScopeRoots.Roots start = roots.of(user, query, config);
        GoalTree tree = loader.load(user, start.issues(), config);
        Set<Long> visible = browse.visible(user, tree, start.issues());
        List<Item> shown = items.items(user, tree, visible, start, config);
        return new Scope(config.rules(), people, caller.viewer(), shown, tree.issues().size() - visible.size());
    }
}
