package com.lastmile.connector.jira.importer;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * What Jira would refuse, found before the first call: a missing, multi-line or over-long summary, a sub-task or
 * checkpoint without a parent, a reference to an item the file does not hold, and items that need each other in a
 * loop (no creation order exists). Every problem names the file, the item and the field.
 */
final class ImportChecks {

    /** Jira's limit on a summary. */
    static final int SUMMARY_LIMIT = 255;

    private ImportChecks() {
    }

    static void check(Workspace workspace, Dependencies dependencies, String source) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Item item : workspace.items()) {
            checkSummary(item, source, problems);
            if ((item.type() == ItemType.SUB_TASK || item.type() == ItemType.CHECKPOINT) && item.parent() == null) {
                problems.add(ImportProblem.of("import.input.parent.required", source, item.key(),
                        item.type().displayName()));
            }
            checkReferences(item, dependencies, source, problems);
        }
        if (problems.isEmpty()) {
            List<String> cycle = dependencies.cycle();
            if (!cycle.isEmpty()) {
                problems.add(ImportProblem.of("import.input.cycle", source, String.join(" → ", cycle)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportInputException(problems);
        }
    }

    private static void checkReferences(Item item, Dependencies dependencies, String source,
                                        List<ImportProblem> problems) {
        if (item.parent() != null && dependencies.item(item.parent()) == null) {
            problems.add(ImportProblem.of("import.input.unknownKey", source, item.key(), "parent", item.parent()));
        }
        if (item.checkpoint() != null) {
            for (String action : item.checkpoint().actions()) {
                if (dependencies.item(action) == null) {
                    problems.add(ImportProblem.of("import.input.unknownKey", source, item.key(), "actions", action));
                }
            }
        }
    }

    private static void checkSummary(Item item, String source, List<ImportProblem> problems) {
        String summary = item.summary();
        if (summary.isBlank()) {
            problems.add(ImportProblem.of("import.input.summary.missing", source, item.key()));
        } else if (summary.indexOf('\n') >= 0 || summary.indexOf('\r') >= 0) {
            problems.add(ImportProblem.of("import.input.summary.lineBreak", source, item.key()));
        } else if (summary.codePointCount(0, summary.length()) > SUMMARY_LIMIT) {
            problems.add(ImportProblem.of("import.input.summary.tooLong", source, item.key(), SUMMARY_LIMIT,
                    summary.codePointCount(0, summary.length())));
        }
    }
}
