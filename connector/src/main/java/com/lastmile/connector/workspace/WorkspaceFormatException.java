package com.lastmile.connector.workspace;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A workspace file that cannot be loaded. Carries every problem found (up to {@link #MAX_PROBLEMS}); a bad file
 * loads nothing, so this exception is all the caller gets.
 */
public class WorkspaceFormatException extends RuntimeException {

    /** Reading stops after this many problems. */
    public static final int MAX_PROBLEMS = 50;

    private static final long serialVersionUID = 1L;

    /**
     * One problem in a workspace file.
     *
     * @param source the file name as given to the reader
     * @param line 1-based line number, or 0 when the problem has no position (the file cannot be opened)
     * @param field the path of the field, like {@code items[3] (LM-4).metric.target}; empty for the whole file
     * @param message what was expected and what was found
     */
    public record Problem(String source, int line, String field, String message) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Renders as {@code source:line: field: message}, leaving out a missing line or field. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(source);
            if (line > 0) {
                text.append(':').append(line);
            }
            text.append(": ");
            if (!field.isEmpty()) {
                text.append(field).append(": ");
            }
            return text.append(message).toString();
        }
    }

    private final List<Problem> problems;
    private final boolean truncated;

    /**
     * @param problems at least one problem
     * @param truncated whether reading stopped at {@link #MAX_PROBLEMS} and more problems may follow
     */
    public WorkspaceFormatException(List<Problem> problems, boolean truncated) {
        super(render(problems, truncated));
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean isTruncated() {
        return truncated;
    }

    private static String render(List<Problem> problems, boolean truncated) {
        String text = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        return truncated ? text + "\n(stopped after " + problems.size() + " problems)" : text;
    }
}
