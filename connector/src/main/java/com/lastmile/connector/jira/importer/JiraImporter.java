package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.core.model.Workspace;

/**
 * Imports a workspace into a Jira project through the {@link JiraApi} port: {@link #plan} reads, {@link #execute}
 * writes. See the package documentation for the rules.
 */
public final class JiraImporter {

    private final JiraApi api;

    public JiraImporter(JiraApi api) {
        this.api = api;
    }

    /**
     * Checks, without any call, that the workspace can be imported: summaries Jira accepts, parents where Jira needs
     * them, no loops, a project key.
     *
     * @param projectOption the {@code --project} key, or null to use the prefix every item key shares
     * @param source the workspace file's name, for error messages
     * @return the project key
     * @throws ImportInputException naming every problem
     */
    public static String checkInput(Workspace workspace, String projectOption, String source) {
        String project = ProjectKey.resolve(projectOption, workspace);
        ImportChecks.check(workspace, new Dependencies(workspace), source);
        return project;
    }

    /**
     * Plans the import with read calls only (the dry run).
     *
     * @param projectOption the {@code --project} key, or null to use the prefix every item key shares
     * @param source the workspace file's name, for error messages
     * @throws ImportInputException when the workspace or the project key cannot be imported, before any call
     * @throws com.lastmile.connector.jira.http.JiraException when a read fails
     */
    public ImportPlan plan(Workspace workspace, String projectOption, String source) {
        return new ImportPlanner(api).plan(workspace, projectOption, source);
    }

    /**
     * Carries out a plan that is not {@link ImportPlan#blocked() blocked}. Jira's refusals are in the report, never
     * thrown.
     */
    public ImportReport execute(ImportPlan plan) {
        return new ImportRun(api, plan).execute();
    }
}
