package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.tracker.TrackerField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans an import with read calls only: checks the input (no call before it passes), surveys the site (issue types,
 * link types, fields), searches what earlier runs created, and orders the rest in waves.
 */
final class ImportPlanner {

    private final JiraApi api;

    ImportPlanner(JiraApi api) {
        this.api = api;
    }

    ImportPlan plan(Workspace workspace, String projectOption, String source) {
        String project = JiraImporter.checkInput(workspace, projectOption, source);
        Dependencies dependencies = new Dependencies(workspace);

        JiraFlavor flavor = api.flavor();
        Set<ItemType> usedTypes = workspace.items().stream().map(Item::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemType.class)));
        SiteSetup site = new SiteSurvey(api).survey(flavor, usedTypes);
        ImportedIssues imported = ImportedIssues.find(api, project, site.fieldIds().get(TrackerField.PLANNED),
                MarkerStrategy.of(flavor, site.keyFieldId()));

        List<KeyMapping> existing = new ArrayList<>();
        List<String> pendingReplans = new ArrayList<>();
        Set<String> inJira = new HashSet<>();
        for (Item item : workspace.items()) {
            ImportedIssue issue = imported.byWorkspaceKey().get(item.key());
            if (issue != null) {
                existing.add(new KeyMapping(item.key(), issue.jiraKey(), false));
                inJira.add(item.key());
                if (Replan.pending(item, issue)) {
                    pendingReplans.add(item.key());
                }
            }
        }
        List<List<Item>> waves = dependencies.waves(inJira);
        List<Item> toCreate = workspace.items().stream().filter(item -> !inJira.contains(item.key())).toList();
        List<String> duplicated = workspace.items().stream().map(Item::key)
                .filter(imported.duplicated()::contains).toList();
        List<ActionLink> links = ActionLinks.toMake(workspace.items(), imported.byWorkspaceKey());
        List<ImportWarning> warnings = ImportWarnings.of(toCreate, site.storyPoints() != null, duplicated);
        return new ImportPlan(project, flavor, workspace, site, existing, waves, pendingReplans, links, warnings);
    }
}
