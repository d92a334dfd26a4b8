package com.lastmile.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lastmile.connector.workspace.WorkspaceReader;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.Verification;
import com.lastmile.core.model.Workspace;
import com.lastmile.web.port.ActualRecord;
import com.lastmile.web.port.Caller;
import com.lastmile.web.port.NotPermittedException;
import com.lastmile.web.port.UnknownKeyException;
import com.lastmile.web.rest.ApiException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {

    private static final Caller EVERYONE = caller(null);

    @TempDir
    Path dir;

    private static Caller caller(String viewer) {
        return new Caller(viewer, Locale.ENGLISH, true);
    }

    private static ActualRecord actual(String value) {
        return new ActualRecord(new BigDecimal(value), null);
    }

    private static BigDecimal actualOf(Workspace workspace, String key) {
        return workspace.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow()
                .checkpoint().actual();
    }

    private static List<String> keys(Workspace workspace) {
        return workspace.items().stream().map(Item::key).toList();
    }

    @Test
    void recordingWritesTheNextWorkspaceToTheFileKeepingItemOrderAndServesIt() throws IOException {
        Path file = SampleCopy.in(dir);
        WorkspaceStore store = WorkspaceStore.open(file);
        List<String> order = keys(store.workspace());
        store.record(caller("zhang.wei"), "LM-6", new ActualRecord(new BigDecimal("23"),
                new Verification(5, 4, "yang.fan", "一份合同未盖章")));
        Workspace written = new WorkspaceReader().read(file);
        assertThat(written).isEqualTo(store.workspace());
        assertThat(keys(written)).isEqualTo(order);
        assertThat(actualOf(written, "LM-6")).isEqualByComparingTo("23");
        assertThat(written.items().get(order.indexOf("LM-6")).checkpoint().verification())
                .isEqualTo(new Verification(5, 4, "yang.fan", "一份合同未盖章"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteIsAnErrorAndKeepsBothTheFileAndTheServedWorkspace() throws IOException {
        Path file = SampleCopy.unwritable(dir);
        byte[] before = Files.readAllBytes(file);
        WorkspaceStore store = WorkspaceStore.open(file);
        Workspace served = store.workspace();
        assertThatThrownBy(() -> store.record(EVERYONE, "LM-6", actual("23")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(store.workspace()).isSameAs(served);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void concurrentRecordingsAreSerialisedSoNoneIsLost() throws Exception {
        Path file = SampleCopy.in(dir);
        WorkspaceStore store = WorkspaceStore.open(file);
        List<String> checkpoints = store.workspace().items().stream()
                .filter(i -> i.checkpoint() != null).map(Item::key).limit(16).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(checkpoints.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < checkpoints.size(); i++) {
                String key = checkpoints.get(i);
                String value = String.valueOf(1000 + i);
                done.add(pool.submit(() -> {
                    start.await();
                    store.record(EVERYONE, key, actual(value));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        Workspace written = new WorkspaceReader().read(file);
        for (int i = 0; i < checkpoints.size(); i++) {
            assertThat(actualOf(written, checkpoints.get(i))).as(checkpoints.get(i)).isEqualByComparingTo(
                    String.valueOf(1000 + i));
        }
        assertThat(written).isEqualTo(store.workspace());
    }

    @Test
    void onlyTheUnrestrictedViewerOrTheGoalsResponsibleOrAccountableMayRecord() throws IOException {
        WorkspaceStore store = WorkspaceStore.open(SampleCopy.in(dir));
        // LM-5 checks LM-4: R li.ming, A zhang.wei, C wang.fang
        assertThat(store.canRecord(EVERYONE, "LM-5")).isTrue();
        assertThat(store.canRecord(caller("li.ming"), "LM-5")).isTrue();
        assertThat(store.canRecord(caller("zhang.wei"), "LM-5")).isTrue();
        assertThat(store.canRecord(caller("wang.fang"), "LM-5")).isFalse();
        assertThat(store.canRecord(caller("lin.hui"), "LM-86")).isTrue();
        assertThat(store.canRecord(caller("wang.fang"), "LM-86")).isFalse();
        assertThat(store.canRecord(EVERYONE, "LM-4")).isFalse();
        Workspace before = store.workspace();
        assertThatThrownBy(() -> store.record(caller("wang.fang"), "LM-5", actual("7")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(store.workspace()).isSameAs(before);
    }

    @Test
    void aHiddenOrUnknownCheckpointIsUnknownAndANonCheckpointIsRefused() throws IOException {
        WorkspaceStore store = WorkspaceStore.open(SampleCopy.in(dir));
        assertThatThrownBy(() -> store.record(caller("li.ming"), "LM-86", actual("1")))
                .isInstanceOf(UnknownKeyException.class);
        assertThatThrownBy(() -> store.record(EVERYONE, "LM-999", actual("1")))
                .isInstanceOf(UnknownKeyException.class);
        assertThatThrownBy(() -> store.record(EVERYONE, "LM-4", actual("1")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.parameter()).isEqualTo("key"));
    }
}
