package com.lastmile.app;

import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The workspace file and the viewer, shared by every command that computes. */
final class WorkspaceInput {

    @Parameters(index = "0", paramLabel = "FILE", description = "Workspace file (YAML, UTF-8).")
    Path file;

    @Option(names = "--viewer", paramLabel = "ID",
            description = "Compute as this person: items they may not browse are left out and only counted. "
                    + "Default: a viewer who may browse everything.")
    String viewer;

    /** Loads the file and restricts it to what the viewer may browse. */
    Scope scope() {
        return scope(file, viewer);
    }

    /** @param viewer the person to compute as, or null for one who may browse everything */
    static Scope scope(Path file, String viewer) {
        Workspace workspace = new WorkspaceReader().read(file);
        return Scope.asViewer(workspace, viewer);
    }
}
