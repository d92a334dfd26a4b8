package com.lastmile.connector.jira.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * An issue an import created, as the search for import markers finds it.
 *
 * @param planned its Planned value (checkpoints), or null
 * @param contributesTo the Jira keys of the issues it "contributes to" (it is the link's outward end)
 */
record ImportedIssue(String id, String jiraKey, BigDecimal planned, LocalDate due, Set<String> contributesTo) {

    ImportedIssue {
        contributesTo = Set.copyOf(contributesTo);
    }
}
