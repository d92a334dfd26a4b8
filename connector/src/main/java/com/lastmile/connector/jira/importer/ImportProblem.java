package com.lastmile.connector.jira.importer;

import com.lastmile.core.i18n.Messages;
import java.util.List;

/**
 * A problem that stops an import before it starts, as an i18n key ({@code import.input.*} or
 * {@code import.blocker.*}) and its arguments, so that each caller prints it in its own language.
 */
public record ImportProblem(String messageKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(String messageKey, Object... args) {
        return new ImportProblem(messageKey, List.of(args));
    }

    public String format(Messages messages) {
        return messages.format(messageKey, args.toArray());
    }
}
