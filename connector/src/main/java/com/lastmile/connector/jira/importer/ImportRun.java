package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.BulkCreateResult;
import com.lastmile.connector.jira.api.FieldJson;
import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.NewIssue;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.core.model.Item;
import com.lastmile.core.tracker.TrackerField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Carries out a plan: provisioning, the re-plans and corrective-action links an earlier run left, then the waves,
 * each one bulk create followed by the re-plan edits of its re-baselined checkpoints and the links from actions
 * already in Jira to its new checkpoints, one call per link. The first step with a failure ends the run after that
 * step: later waves would need what failed. A create without an answer is never resent; one more search tells which
 * of those issues Jira did create.
 */
final class ImportRun {

    private final JiraApi api;
    private final ImportPlan plan;
    private final Dependencies dependencies;
    private final FieldJson values;
    /** Jira key of every item that exists, by workspace key. */
    private final Map<String, String> jiraKeys = new HashMap<>();
    private final Set<String> created = new HashSet<>();
    private final List<ActionLink> linked = new ArrayList<>();
    private final List<ImportFailure> failures = new ArrayList<>();
    private JiraIds ids;
    private MarkerStrategy marker;

    ImportRun(JiraApi api, ImportPlan plan) {
        this.api = api;
        this.plan = plan;
        this.dependencies = new Dependencies(plan.workspace());
        this.values = new FieldJson(plan.flavor());
        plan.existing().forEach(mapping -> jiraKeys.put(mapping.workspaceKey(), mapping.jiraKey()));
    }

    ImportReport execute() {
        if (plan.blocked()) {
            throw new IllegalStateException("the plan is blocked: " + plan.site().blockers());
        }
        Provisioner.Outcome setup = new Provisioner(api).provision(plan.site());
        if (setup.failure() != null) {
            failures.add(setup.failure());
            return report(setup.done(), 0);
        }
        ids = setup.ids();
        marker = MarkerStrategy.of(plan.flavor(), ids.keyField());
        plan.pendingReplans().forEach(key -> recordReplan(dependencies.item(key)));
        plan.links().stream().filter(link -> jiraKeys.containsKey(link.checkpoint())).forEach(this::link);
        if (!failures.isEmpty()) {
            return report(setup.done(), 0);
        }
        IssueDrafts drafts = new IssueDrafts(plan.projectKey(), dependencies, ids, values, marker);
        for (int wave = 0; wave < plan.waves().size(); wave++) {
            createWave(plan.waves().get(wave), drafts);
            if (!failures.isEmpty()) {
                return report(setup.done(), wave + 1);
            }
        }
        return report(setup.done(), plan.waves().size());
    }

    private void createWave(List<Item> wave, IssueDrafts drafts) {
        List<NewIssue> batch = wave.stream().map(item -> drafts.draft(item, jiraKeys)).toList();
        BulkCreateResult result;
        List<String> noAnswer = List.of();
        try {
            result = api.createIssues(batch);
        } catch (JiraException e) {
            // the call may have created some of the batch before it failed: treat every draft as unknown
            result = new BulkCreateResult(List.of(), List.of(), IntStream.range(0, batch.size()).boxed().toList());
            noAnswer = ImportFailure.messagesOf(e);
        }
        for (BulkCreateResult.Created issue : result.created()) {
            exists(wave.get(issue.index()).key(), issue.key());
        }
        for (BulkCreateResult.Failed refused : result.failed()) {
            failures.add(new ImportFailure(ImportFailure.Reason.CREATE_REFUSED, wave.get(refused.index()).key(),
                    null, refused.status(), refused.messages()));
        }
        if (!result.unknown().isEmpty()) {
            reconcile(result.unknown().stream().map(index -> wave.get(index).key()).toList(), noAnswer);
        }
        wave.stream().filter(item -> created.contains(item.key()) && Replan.needed(item)).forEach(this::recordReplan);
        Set<String> createdNow = wave.stream().map(Item::key).filter(created::contains).collect(Collectors.toSet());
        plan.links().stream().filter(link -> createdNow.contains(link.checkpoint())).forEach(this::link);
    }

    /** Learns from one search which issues of unanswered creates exist. */
    private void reconcile(List<String> unanswered, List<String> noAnswer) {
        ImportedIssues found;
        try {
            found = ImportedIssues.find(api, plan.projectKey(), ids.fields().get(TrackerField.PLANNED), marker);
        } catch (JiraException e) {
            unanswered.forEach(key -> failures.add(
                    ImportFailure.of(ImportFailure.Reason.OUTCOME_UNKNOWN, key, null, e)));
            return;
        }
        for (String key : unanswered) {
            ImportedIssue issue = found.byWorkspaceKey().get(key);
            if (issue != null) {
                exists(key, issue.jiraKey());
            } else {
                failures.add(new ImportFailure(ImportFailure.Reason.NOT_CREATED, key, null, 0, noAnswer));
            }
        }
    }

    private void recordReplan(Item item) {
        String jiraKey = jiraKeys.get(item.key());
        try {
            api.editIssue(jiraKey, Replan.edit(item, ids, values));
        } catch (JiraException e) {
            failures.add(ImportFailure.of(ImportFailure.Reason.REPLAN_REFUSED, item.key(), jiraKey, e));
        }
    }

    /** "action contributes to checkpoint": the action is the outward end. */
    private void link(ActionLink link) {
        try {
            api.link(TrackerField.LINK_TYPE_NAME, jiraKeys.get(link.action()), jiraKeys.get(link.checkpoint()));
            linked.add(link);
        } catch (JiraException e) {
            failures.add(ImportFailure.of(ImportFailure.Reason.LINK_REFUSED, link.label(), null, e));
        }
    }

    private void exists(String workspaceKey, String jiraKey) {
        jiraKeys.put(workspaceKey, jiraKey);
        created.add(workspaceKey);
    }

    /** @param attemptedWaves how many waves were sent; the items of the others were not attempted */
    private ImportReport report(List<SetupStep> provisioned, int attemptedWaves) {
        List<KeyMapping> keys = plan.workspace().items().stream().map(Item::key).filter(jiraKeys::containsKey)
                .map(key -> new KeyMapping(key, jiraKeys.get(key), created.contains(key))).toList();
        Set<String> waiting = new HashSet<>();
        plan.waves().subList(attemptedWaves, plan.waves().size()).forEach(wave -> wave.forEach(
                item -> waiting.add(item.key())));
        List<String> notAttempted = plan.workspace().items().stream().map(Item::key).filter(waiting::contains)
                .toList();
        return new ImportReport(plan.projectKey(), plan.flavor(), provisioned, keys, linked, failures, notAttempted,
                plan.warnings());
    }
}
