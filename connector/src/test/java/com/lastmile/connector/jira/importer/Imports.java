package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.NewIssue;
import com.lastmile.core.model.Workspace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs imports against a {@link FakeJira} the way the command does: plan, then execute. */
final class Imports {

    static final String SOURCE = "test.yaml";

    private Imports() {
    }

    static ImportReport run(FakeJira jira, Workspace workspace) {
        JiraImporter importer = new JiraImporter(jira);
        return importer.execute(importer.plan(workspace, null, SOURCE));
    }

    static ImportPlan plan(FakeJira jira, Workspace workspace) {
        return new JiraImporter(jira).plan(workspace, null, SOURCE);
    }

    /** The createIssues call (0-based) each workspace key was sent in. */
    static Map<String, Integer> callOfEachItem(FakeJira jira) {
        Map<String, Integer> calls = new HashMap<>();
        List<List<NewIssue>> createCalls = jira.createCalls();
        for (int call = 0; call < createCalls.size(); call++) {
            for (NewIssue draft : createCalls.get(call)) {
                calls.put(ImportMarker.workspaceKey(draft.properties().get(ImportMarker.PROPERTY)), call);
            }
        }
        return calls;
    }
}
