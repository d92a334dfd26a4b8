package com.lastmile.connector.jira.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads the change histories of many issues in as few calls as the flavor allows. */
interface ChangelogSource {

    Map<String, List<ChangeEntry>> changelogs(Collection<String> issueIds);
}
