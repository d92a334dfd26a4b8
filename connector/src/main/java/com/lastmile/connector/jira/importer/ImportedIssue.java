package com.lastmile.connector.jira.importer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An issue an import created, as the search for import markers finds it.
 *
 * @param planned its Planned value (checkpoints), or null
 */
record ImportedIssue(String id, String jiraKey, BigDecimal planned, LocalDate due) {
}
