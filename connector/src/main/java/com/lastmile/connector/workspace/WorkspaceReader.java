package com.lastmile.connector.workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.lastmile.connector.workspace.WorkspaceFormatException.Problem;
import com.lastmile.core.model.Workspace;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a workspace file (YAML, UTF-8; DESIGN.md "Workspace file and command line") into a {@link Workspace}.
 * The file is streamed token by token, never held as a tree, so a million items fit a 2 GiB heap. The reading is
 * strict: every problem is reported with file, line and field, and a file with any problem loads nothing.
 * Instances are thread-safe.
 */
public final class WorkspaceReader {

    private final YAMLFactory factory;

    public WorkspaceReader() {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML refuses documents over 3 MB by default; a workspace of a million items is far larger.
        options.setCodePointLimit(Integer.MAX_VALUE);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                // only true and false are booleans: "no", "on" or "y" stay text (YAML 1.2, not 1.1)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                // the caller owns the Reader
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /**
     * Reads the file; problems name it as given ({@code file.toString()}).
     *
     * @throws WorkspaceFormatException when the file cannot be read or is not a valid workspace
     */
    public Workspace read(Path file) {
        String source = file.toString();
        try (Reader reader = new Utf8Reader(Files.newInputStream(file))) {
            return read(reader, source);
        } catch (IOException e) {
            throw new WorkspaceFormatException(List.of(new Problem(source, 0, "", ReadFailure.describeIo(e))), false);
        }
    }

    /**
     * Reads a workspace from {@code reader}, which is left open.
     *
     * @param sourceName names the input in problems, usually the file name
     * @throws WorkspaceFormatException when the input is not a valid workspace
     */
    public Workspace read(Reader reader, String sourceName) {
        ProblemCollector problems = new ProblemCollector(sourceName);
        Workspace workspace = null;
        try (JsonParser parser = factory.createParser(reader)) {
            YamlCursor cursor = new YamlCursor(parser);
            try {
                workspace = new WorkspaceDocumentParser(cursor, problems).parse();
            } catch (IOException e) {
                ReadFailure failure = ReadFailure.of(e, cursor);
                problems.report(failure.line(), failure.field(), failure.message());
            }
        } catch (ProblemCollector.LimitReached e) {
            // enough is collected; the problems are thrown below
        } catch (IOException e) {
            problems.report(0, "", ReadFailure.describeIo(e));
        }
        if (problems.isEmpty()) {
            return workspace;
        }
        throw problems.toException();
    }
}
