package com.lastmile.app.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the sample workspace for tests that record into them. */
final class SampleCopy {

    static final Path SAMPLE = Path.of("../samples/sample-workspace.yaml");

    private SampleCopy() {
    }

    static Path in(Path directory) throws IOException {
        return Files.copy(SAMPLE, directory.resolve("workspace.yaml"));
    }

    /**
     * A copy whose name is so long that the temporary file written beside it cannot be created (its name would
     * pass the file system's 255-byte limit): a write failure that even root cannot get around.
     */
    static Path unwritable(Path directory) throws IOException {
        return Files.copy(SAMPLE, directory.resolve("w".repeat(220) + ".yaml"));
    }
}
