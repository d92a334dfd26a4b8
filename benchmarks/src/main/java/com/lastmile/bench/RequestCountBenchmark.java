package com.lastmile.bench;

import com.lastmile.connector.jira.api.JiraApi;
import com.lastmile.connector.jira.api.JiraConnection;
import com.lastmile.connector.jira.api.JiraFlavor;
import com.lastmile.connector.jira.http.Credentials;
import com.lastmile.connector.jira.http.HttpJiraTransport;
import com.lastmile.connector.jira.http.JiraSite;
import com.lastmile.connector.jira.http.JiraTransport;
import com.lastmile.connector.jira.importer.ImportReport;
import com.lastmile.connector.jira.importer.JiraImporter;
import com.lastmile.connector.jira.load.IssueTypeMapping;
import com.lastmile.connector.jira.load.JiraTreeLoader;
import com.lastmile.connector.jira.sim.FakeJiraServer;
import com.lastmile.core.model.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the HTTP requests of importing a generated plan and of loading a generated tree, through the real client
 * (HttpClient 5, {@code RestJiraApi}, importer, tree loader) against the stateful fake Jira of the connector's
 * tests, for Cloud and Data Center. Request counts do not depend on the machine, so one run is the result.
 *
 * <p>Run: {@code mvn -q -pl benchmarks -am package -DskipTests && java -cp benchmarks/target/benchmarks.jar
 * com.lastmile.bench.RequestCountBenchmark [importItems] [treeItems]} (defaults 1000 and 10000).
 */
public final class RequestCountBenchmark {

    private static final String PROJECT = "LM";

    private RequestCountBenchmark() {
    }

    /** One measured run. */
    public record Run(JiraFlavor flavor, String what, int items, RequestCount requests) {
    }

    public static void main(String[] args) {
        int importItems = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int treeItems = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<Run> runs = new ArrayList<>();
        for (JiraFlavor flavor : JiraFlavor.values()) {
            runs.add(importInto(flavor, importItems));
            runs.add(loadTree(flavor, treeItems));
        }
        System.out.println("| flavor | run | items | total | survey | provisioning | search | bulk create | edit"
                + " | changelog | users | other | total − survey − provisioning |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Run run : runs) {
            RequestCount count = run.requests();
            System.out.printf("| %s | %s | %,d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |%n", run.flavor(),
                    run.what(), run.items(), count.total(), count.get(RequestCount.Kind.SURVEY),
                    count.get(RequestCount.Kind.PROVISIONING), count.get(RequestCount.Kind.SEARCH),
                    count.get(RequestCount.Kind.BULK_CREATE), count.get(RequestCount.Kind.EDIT),
                    count.get(RequestCount.Kind.CHANGELOG), count.get(RequestCount.Kind.USERS),
                    count.get(RequestCount.Kind.OTHER), count.work());
        }
    }

    /** Imports a generated workspace into an empty site and counts every request of the run. */
    public static Run importInto(JiraFlavor flavor, int items) {
        Workspace workspace = WorkspaceGenerator.generate(items, WorkspaceGenerator.DEFAULT_SEED);
        try (FakeJiraServer jira = start(flavor, workspace); JiraTransport transport = transport(jira, flavor)) {
            JiraApi api = JiraConnection.open(transport);
            JiraImporter importer = new JiraImporter(api);
            ImportReport report = importer.execute(importer.plan(workspace, PROJECT, "generated"));
            if (!report.complete()) {
                throw new IllegalStateException("the generated import did not complete: " + report.failures());
            }
            return new Run(flavor, "import", items, RequestCount.of(jira.requests()));
        }
    }

    /** Imports a generated workspace (not counted), then counts the requests of loading it as {@code audit} does. */
    public static Run loadTree(JiraFlavor flavor, int items) {
        Workspace workspace = WorkspaceGenerator.generate(items, WorkspaceGenerator.DEFAULT_SEED);
        try (FakeJiraServer jira = start(flavor, workspace); JiraTransport transport = transport(jira, flavor)) {
            JiraImporter importer = new JiraImporter(JiraConnection.open(transport));
            importer.execute(importer.plan(workspace, PROJECT, "generated"));
            jira.clearRequests();
            Workspace loaded = new JiraTreeLoader(JiraConnection.open(transport), IssueTypeMapping.standard())
                    .load("project = " + PROJECT);
            if (loaded.items().size() != items) {
                throw new IllegalStateException("loaded " + loaded.items().size() + " of " + items + " items");
            }
            return new Run(flavor, "load tree", items, RequestCount.of(jira.requests()));
        }
    }

    private static FakeJiraServer start(JiraFlavor flavor, Workspace workspace) {
        FakeJiraServer jira = FakeJiraServer.start(flavor);
        workspace.people().forEach(person -> jira.state().addUser(person.id(), person.name(), person.active()));
        return jira;
    }

    private static JiraTransport transport(FakeJiraServer jira, JiraFlavor flavor) {
        Credentials credentials = flavor == JiraFlavor.CLOUD ? new Credentials.ApiToken("pmo@example.com", "token")
                : new Credentials.PersonalAccessToken("token");
        return HttpJiraTransport.create(JiraSite.of(jira.url()), credentials);
    }
}
