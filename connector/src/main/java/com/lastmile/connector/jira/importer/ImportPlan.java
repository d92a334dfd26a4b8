package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Workspace;
import java.util.List;

/**
 * What an import will do, found with read calls only: it is the dry run's output and the real run's input.
 *
 * @param site what exists and what provisioning creates; its blockers stop the import before it starts
 * @param existing items an earlier run created, in file order: they are neither created nor changed
 * @param waves the items to create, wave by wave; each wave is one bulk create
 * @param pendingReplans items in Jira whose re-plan edit an earlier run could not record, recorded first
 * @param links corrective-action links from actions already in Jira, one call each: first when the checkpoint is in
 *     Jira too, else after the checkpoint's wave
 */
public record ImportPlan(String projectKey, JiraFlavor flavor, Workspace workspace, SiteSetup site,
                         List<KeyMapping> existing, List<List<Item>> waves, List<String> pendingReplans,
                         List<ActionLink> links, List<ImportWarning> warnings) {

    public ImportPlan {
        existing = List.copyOf(existing);
        waves = waves.stream().map(List::copyOf).toList();
        pendingReplans = List.copyOf(pendingReplans);
        links = List.copyOf(links);
        warnings = List.copyOf(warnings);
    }

    public boolean blocked() {
        return !site.blockers().isEmpty();
    }

    public int itemsToCreate() {
        return waves.stream().mapToInt(List::size).sum();
    }

    /** Items to create whose re-plan is recorded by an edit after their creation. */
    public List<String> replansAfterCreation() {
        return waves.stream().flatMap(List::stream).filter(Replan::needed).map(Item::key).toList();
    }
}
