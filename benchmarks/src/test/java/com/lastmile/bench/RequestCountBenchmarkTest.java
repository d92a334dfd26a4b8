package com.lastmile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.connector.jira.api.JiraFlavor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request budgets of issue 5, checked on every build (counts are exact, unlike timings): creating 1,000 items
 * takes at most 25 requests besides the site survey and provisioning (plus one edit per re-baselined checkpoint,
 * which replays the re-plan into Jira's history), and loading a 10,000-item tree from Cloud at most 10 requests.
 */
class RequestCountBenchmarkTest {

    @ParameterizedTest
    @EnumSource(JiraFlavor.class)
    void importingAThousandItemsTakesAtMostTwentyFiveRequestsBesidesProvisioning(JiraFlavor flavor) {
        RequestCount count = RequestCountBenchmark.importInto(flavor, 1000).requests();
        long rebaselined = WorkspaceGenerator.generate(1000, WorkspaceGenerator.DEFAULT_SEED).items().stream()
                .filter(item -> item.checkpoint() != null && item.checkpoint().original() != null).count();

        assertThat(count.get(RequestCount.Kind.BULK_CREATE)).isBetween(20, 24);
        assertThat(count.get(RequestCount.Kind.SEARCH) + count.get(RequestCount.Kind.BULK_CREATE))
                .isLessThanOrEqualTo(25);
        assertThat(count.get(RequestCount.Kind.EDIT)).isEqualTo(rebaselined);
        assertThat(count.work()).isEqualTo(1 + count.get(RequestCount.Kind.BULK_CREATE) + rebaselined);
    }

    @ParameterizedTest
    @EnumSource(JiraFlavor.class)
    void loadingATenThousandItemTreeTakesAFewPagedRequests(JiraFlavor flavor) {
        RequestCount count = RequestCountBenchmark.loadTree(flavor, 10_000).requests();

        if (flavor == JiraFlavor.CLOUD) {
            assertThat(count.total()).isLessThanOrEqualTo(10);
            assertThat(count.get(RequestCount.Kind.SEARCH)).isEqualTo(2);
        } else {
            assertThat(count.get(RequestCount.Kind.SEARCH)).as("1000 issues a page").isBetween(10, 13);
        }
        assertThat(count.get(RequestCount.Kind.EDIT) + count.get(RequestCount.Kind.BULK_CREATE)).isZero();
    }
}
