package com.lastmile.connector.jira.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectScopeTest {

    @Test
    void anIssueKeysScopeIsItsProject() {
        assertThat(ProjectScope.of("LM-4")).contains("project = \"LM\"");
        assertThat(ProjectScope.of("OPS_2-117")).contains("project = \"OPS_2\"");
    }

    @Test
    void whatIsNotAnIssueKeyHasNoScopeSoNothingReachesTheQuery() {
        assertThat(ProjectScope.of("LM")).isEmpty();
        assertThat(ProjectScope.of("lm-4")).isEmpty();
        assertThat(ProjectScope.of("LM-4a")).isEmpty();
        assertThat(ProjectScope.of("LM\" OR project = \"X-4")).isEmpty();
    }
}
