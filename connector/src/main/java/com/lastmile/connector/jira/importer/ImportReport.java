package com.lastmile.connector.jira.importer;

import com.lastmile.connector.jira.api.JiraFlavor;
import java.util.List;

/**
 * What an import did. {@code keys} is exactly what exists now; the failures carry Jira's messages verbatim; items
 * not attempted waited for a parent or checkpoint that failed. Running the import again completes it.
 *
 * @param provisioned what was created on the site, in order
 * @param keys every item that exists in Jira now, in file order, created by this run or before
 * @param linked the corrective-action links this run made with calls of their own, in the order made
 */
public record ImportReport(String projectKey, JiraFlavor flavor, List<SetupStep> provisioned, List<KeyMapping> keys,
                           List<ActionLink> linked, List<ImportFailure> failures, List<String> notAttempted,
                           List<ImportWarning> warnings) {

    public ImportReport {
        provisioned = List.copyOf(provisioned);
        keys = List.copyOf(keys);
        linked = List.copyOf(linked);
        failures = List.copyOf(failures);
        notAttempted = List.copyOf(notAttempted);
        warnings = List.copyOf(warnings);
    }

    /** True when every item exists and every re-plan and corrective-action link is recorded. */
    public boolean complete() {
        return failures.isEmpty() && notAttempted.isEmpty();
    }

    public long createdCount() {
        return keys.stream().filter(KeyMapping::created).count();
    }

    public long existingCount() {
        return keys.stream().filter(k -> !k.created()).count();
    }
}
