package com.lastmile.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Item;
import com.lastmile.core.review.WeeklyReview;
import com.lastmile.core.review.WeeklyReviewBuilder;
import com.lastmile.web.port.ActualRecord;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.ScopeQuery;
import com.lastmile.web.port.UnknownKeyException;
import com.lastmile.web.rest.ApiException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScopeProviderTest {

    private static final ScopeQuery EVERYTHING = new ScopeQuery(null, null);
    private static final Function<Evaluation, WeeklyReview> REVIEW = WeeklyReviewBuilder::build;

    @TempDir
    Path dir;

    private WorkspaceStore store;
    private WorkspaceScopeProvider scopes;

    @BeforeEach
    void open() throws IOException {
        store = WorkspaceStore.open(SampleCopy.in(dir));
        scopes = new WorkspaceScopeProvider(store);
    }

    private static Caller caller(String viewer) {
        return new Caller(viewer, Locale.ENGLISH, true);
    }

    private static ScopeQuery root(String key) {
        return new ScopeQuery(key, null);
    }

    @Test
    void theUnrestrictedViewerGetsTheWholeWorkspace() {
        Scope scope = scopes.load(caller(null), EVERYTHING);
        assertThat(scope.items()).isEqualTo(store.workspace().items());
        assertThat(scope.hidden()).isZero();
        assertThat(scope.viewer()).isNull();
    }

    @Test
    void aViewerGetsWhatTheyMayBrowseAndTheCountOfTheRest() {
        Scope scope = scopes.load(caller("wang.fang"), EVERYTHING);
        assertThat(scope.hidden()).isEqualTo(6);
        assertThat(scope.items()).extracting(Item::key).doesNotContain("LM-85", "LM-86", "LM-90");
        assertThat(scopes.load(caller("lin.hui"), EVERYTHING).hidden()).isZero();
    }

    @Test
    void aRootNarrowsTheScopeToItsSubtreeAndCountsOnlyTheHiddenItemsThere() {
        Scope campaign = scopes.load(caller("wang.fang"), root("LM-30"));
        assertThat(campaign.items()).extracting(Item::key).startsWith("LM-30", "LM-31").hasSize(22);
        assertThat(campaign.hidden()).isZero();
        assertThat(scopes.load(caller("wang.fang"), root("LM-1")).hidden()).isEqualTo(6);
    }

    @Test
    void aHiddenRootIsAsUnknownAsAMissingOne() {
        assertThatThrownBy(() -> scopes.load(caller("wang.fang"), root("LM-85")))
                .isInstanceOf(UnknownKeyException.class);
        assertThatThrownBy(() -> scopes.load(caller(null), root("LM-999"))).isInstanceOf(UnknownKeyException.class);
        assertThat(scopes.load(caller("zhou.jianguo"), root("LM-85")).items()).hasSize(6);
    }

    @Test
    void thePreviewHasNoJql() {
        assertThatThrownBy(() -> scopes.load(caller(null), new ScopeQuery(null, "project = LM")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.parameter()).isEqualTo("jql"));
    }

    @Test
    void evaluationsAndWhatIsDerivedFromThemAreComputedOncePerScopeDateAndFunction() {
        Scope scope = scopes.load(caller("li.ming"), root("LM-4"));
        LocalDate asOf = LocalDate.of(2026, 6, 29);
        Evaluation evaluation = scopes.derive(scope, asOf, Function.identity());
        assertThat(scopes.derive(scope, asOf, Function.identity())).isSameAs(evaluation);
        assertThat(scopes.derive(scope, asOf, REVIEW)).isSameAs(scopes.derive(scope, asOf, REVIEW));
        assertThat(scopes.derive(scope, asOf.plusDays(1), Function.identity())).isNotSameAs(evaluation);
        assertThat(evaluation.items()).extracting(ItemResult::key).startsWith("LM-4");
    }

    @Test
    void aViewersScopeIsComputedOncePerVersionOfTheWorkspace() {
        Scope first = scopes.load(caller("he.jing"), EVERYTHING);
        assertThat(scopes.load(caller("he.jing"), EVERYTHING)).isSameAs(first);
        store.record(caller(null), "LM-77", new ActualRecord(BigDecimal.TEN, null));
        Scope next = scopes.load(caller("he.jing"), EVERYTHING);
        assertThat(next).isNotSameAs(first);
        assertThat(next.items()).filteredOn(i -> i.key().equals("LM-77"))
                .singleElement().satisfies(i -> assertThat(i.checkpoint().actual()).isEqualByComparingTo("10"));
    }
}
