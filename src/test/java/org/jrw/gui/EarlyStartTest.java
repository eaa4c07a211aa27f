package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jrw.gui.cases.CaseListViewModel;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.settings.Preferences;
import org.jrw.logic.task.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up work begun before the window (ADR 0167): the workspace read on its own thread, and the
 * main view-model showing what was read without reading it again, or falling back to its start
 * task when the read is not there, failed, or found an empty workspace.
 */
class EarlyStartTest {
    @TempDir
    Path tmp;
    private Path ws;

    @BeforeEach
    void demoWorkspace() {
        Messages.setLanguage("zh");
        ws = tmp.resolve("ws");
        try (AppContext ctx = new AppContext(ws, tmp.resolve("config"), TaskRunner.sameThread())) {
            ctx.loadDemoDossier(Progress.NONE);
        }
    }

    private static Preferences lastCase(String caseId) {
        Preferences d = Preferences.defaults();
        return new Preferences(d.language(), d.uiScalePercent(), d.theme(), d.workspace(), d.identity(), d.thresholds(),
                caseId == null ? Map.of() : Map.of("session", Map.of("lastCase", caseId)));
    }

    @Test
    void theEarlyThreadOpensTheWorkspaceAndReadsTheCaseOpenAtTheLastClose() throws Exception {
        EarlyStart early = EarlyStart.begin(CompletableFuture.completedFuture(lastCase(null)), false, p -> ws);
        EarlyStart.Data first = early.data().get(60, TimeUnit.SECONDS);
        try (AppContext ctx = early.context()) {
            assertThat(ctx.workspaceDir()).isEqualTo(ws);
            assertThat(first.cases()).isNotEmpty();
            assertThat(first.caseToOpen().caseId()).isEqualTo(first.cases().get(0).caseId());
            assertThat(first.jurisdiction()).as("read with the cases: none set yet").isEmpty();
            ctx.ruleSources().setJurisdiction("陕西省西安市");
        }
        String id = first.caseToOpen().caseId();
        EarlyStart again = EarlyStart.begin(CompletableFuture.completedFuture(lastCase(id)), false, p -> ws);
        try (AppContext ctx = again.context()) {
            assertThat(again.data().get(60, TimeUnit.SECONDS).caseToOpen().caseId()).isEqualTo(id);
            assertThat(again.data().get().jurisdiction()).contains("陕西省西安市");
        }
        // a remembered case no longer in the workspace: the first is read
        EarlyStart gone = EarlyStart.begin(CompletableFuture.completedFuture(lastCase("no-such-case")), false, p -> ws);
        try (AppContext ctx = gone.context()) {
            assertThat(gone.data().get(60, TimeUnit.SECONDS).caseToOpen().caseId()).isEqualTo(id);
        }
    }

    @Test
    void whatWasReadIsShownAtOnceAndTheCaseIsNotReadAgain() {
        // a runner with a worker thread: anything it ran would come back through the JavaFX
        // thread, which this test does not have, so what is shown below was shown synchronously
        try (AppContext ctx = new AppContext(ws, tmp.resolve("config"), new TaskRunner())) {
            EarlyStart.Data read = EarlyStart.read(ctx);
            MainViewModel vm = new MainViewModel(ctx);
            vm.start(CompletableFuture.completedFuture(read));
            assertThat(vm.readyProperty().get()).isTrue();
            assertThat(vm.cases().stateProperty().get()).isEqualTo(CaseListViewModel.State.SHOWN);
            assertThat(vm.cases().allCases()).containsExactlyElementsOf(read.cases());
            assertThat(vm.overview().dossier()).as("the dossier read early, not a second read").isSameAs(read.caseToOpen());
        }
    }

    @Test
    void aReadNotFinishedYetIsAwaitedByTheStartTask() {
        try (AppContext ctx = new AppContext(ws, tmp.resolve("config"), TaskRunner.sameThread())) {
            EarlyStart.Data read = EarlyStart.read(ctx);
            CompletableFuture<EarlyStart.Data> pending = new CompletableFuture<>();
            MainViewModel vm = new MainViewModel(ctx);
            CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> pending.complete(read));
            vm.start(pending); // the same-thread runner waits for it here
            assertThat(vm.cases().allCases()).containsExactlyElementsOf(read.cases());
            assertThat(vm.overview().dossier()).isSameAs(read.caseToOpen());
        }
    }

    @Test
    void aFailedEarlyReadIsReadAgainAndAnEmptyWorkspaceGetsTheDemo() {
        try (AppContext ctx = new AppContext(ws, tmp.resolve("config"), TaskRunner.sameThread())) {
            MainViewModel vm = new MainViewModel(ctx);
            vm.start(CompletableFuture.failedFuture(new IllegalStateException("disk gone")));
            assertThat(vm.cases().stateProperty().get()).isEqualTo(CaseListViewModel.State.SHOWN);
            assertThat(vm.overview().dossier()).isNotNull();
        }
        try (AppContext empty = new AppContext(tmp.resolve("empty"), tmp.resolve("config"), TaskRunner.sameThread())) {
            MainViewModel vm = new MainViewModel(empty);
            vm.start(CompletableFuture.completedFuture(new EarlyStart.Data(List.of(), null)));
            assertThat(vm.cases().allCases()).as("first start: the demo case").hasSize(1);
            assertThat(vm.overview().dossier()).isNotNull();
        }
    }

    @Test
    void onlyACompleteReadOfAFreeWorkspaceIsShownAtOnce() {
        try (AppContext ctx = new AppContext(ws, tmp.resolve("config"), TaskRunner.sameThread())) {
            EarlyStart.Data read = EarlyStart.read(ctx);
            assertThat(MainViewModel.showsAtOnce(CompletableFuture.completedFuture(read), ctx)).isTrue();
            assertThat(MainViewModel.showsAtOnce(null, ctx)).isFalse();
            assertThat(MainViewModel.showsAtOnce(new CompletableFuture<>(), ctx)).as("not read yet").isFalse();
            assertThat(MainViewModel.showsAtOnce(CompletableFuture.failedFuture(new IllegalStateException()), ctx)).isFalse();
            assertThat(MainViewModel.showsAtOnce(CompletableFuture.completedFuture(new EarlyStart.Data(List.of(), null)), ctx))
                    .as("empty: the demo is loaded by the start task").isFalse();
            // the same workspace opened again: held by the context above, so read-only with a reason to tell
            try (AppContext second = new AppContext(ws, tmp.resolve("config2"), TaskRunner.sameThread())) {
                EarlyStart.Data readOnly = EarlyStart.read(second);
                assertThat(second.lockedBy()).isNotNull();
                assertThat(MainViewModel.showsAtOnce(CompletableFuture.completedFuture(readOnly), second))
                        .as("reported once the window is up").isFalse();
            }
        }
    }
}
