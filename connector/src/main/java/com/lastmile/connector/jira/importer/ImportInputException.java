package com.lastmile.connector.jira.importer;

import com.lastmile.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The workspace or the options cannot be imported as given (a usage or input error, exit 2). Thrown before any
 * call to Jira, so nothing has changed.
 */
public final class ImportInputException extends IllegalArgumentException {

    private final transient List<ImportProblem> problems;

    ImportInputException(List<ImportProblem> problems) {
        super(problems.stream().map(p -> p.format(Messages.forLocale(Locale.ENGLISH)))
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
