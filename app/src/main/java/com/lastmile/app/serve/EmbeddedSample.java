package com.lastmile.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The sample workspace inside the jar, copied to a temporary file so that the preview can record into it. */
public final class EmbeddedSample {

    static final String RESOURCE = "samples/sample-workspace.yaml";

    private EmbeddedSample() {
    }

    public static Path copyToTemporaryFile() throws IOException {
        Path copy = Files.createTempFile("lastmile-sample-", ".yaml");
        try (InputStream sample = EmbeddedSample.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (sample == null) {
                throw new IOException("the sample workspace " + RESOURCE + " is not on the classpath");
            }
            Files.copy(sample, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
