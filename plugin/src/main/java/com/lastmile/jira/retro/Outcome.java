package com.lastmile.jira.retro;

import java.util.List;

/**
 * What came of starting a retrospective: the new issue's key (null when none was created) and the problems,
 * in the user's language.
 */
public record Outcome(String createdKey, List<String> problems) {

    public Outcome {
        problems = List.copyOf(problems);
    }

    static Outcome allowed() {
        return new Outcome(null, List.of());
    }

    static Outcome refused(List<String> problems) {
        return new Outcome(null, problems);
    }

    static Outcome refused(String problem) {
        return refused(List.of(problem));
    }
}
