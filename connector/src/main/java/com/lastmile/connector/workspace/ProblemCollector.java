package com.lastmile.connector.workspace;

import com.lastmile.connector.workspace.WorkspaceFormatException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file; stops the reading once {@link WorkspaceFormatException#MAX_PROBLEMS} are in. */
final class ProblemCollector implements ProblemSink {

    /** Unwinds the parsers when enough problems are collected; carries nothing, so no stack trace. */
    static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private LimitReached() {
            super(null, null, false, false);
        }
    }

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    ProblemCollector(String source) {
        this.source = source;
    }

    @Override
    public void report(int line, String field, String message) {
        problems.add(new Problem(source, line, field, message));
        if (problems.size() >= WorkspaceFormatException.MAX_PROBLEMS) {
            throw new LimitReached();
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems in file order; references are checked last, so they are found out of order. */
    WorkspaceFormatException toException() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line));
        return new WorkspaceFormatException(sorted, problems.size() >= WorkspaceFormatException.MAX_PROBLEMS);
    }
}
