package com.lastmile.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The preview server (`lastmile serve`) started in-process on a free port over a temporary copy of a
 * workspace file, as the browser tests use it.
 */
final class PreviewFixture implements AutoCloseable {

    static final Path SAMPLE = Path.of("../samples/sample-workspace.yaml");

    final Path workspace;
    private final com.lastmile.app.serve.PreviewServer server;

    private PreviewFixture(Path workspace, com.lastmile.app.serve.PreviewServer server) {
        this.workspace = workspace;
        this.server = server;
    }

    /** Copies {@code source} into {@code dir} and serves the copy. */
    static PreviewFixture serveCopy(Path source, Path dir) {
        try {
            Path copy = dir.resolve("workspace.yaml");
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            return serve(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PreviewFixture serve(Path workspace) {
        return new PreviewFixture(workspace, com.lastmile.app.serve.PreviewServer.start(workspace, 0));
    }

    /** The page's base address, e.g. {@code http://127.0.0.1:41234}. */
    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
