package org.jrw.gui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jrw.gui.AppContext;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The legality checks' view-model without a window: findings in review order, the summary, the cited article, a cleared case. */
class ChecksViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void checksTheOpenCaseAndReadsTheCitedArticle() {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            DemoContent.loadDemoDossier(ctx.openWorkspace(), Progress.NONE);
            Dossier d = ctx.dossiers().load(ctx.dossiers().list().get(0).caseId());
            ChecksViewModel vm = new ChecksViewModel(ctx);
            vm.dossierProperty().set(d);
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.findings()).isNotEmpty(); // the demo's one discretion note
            assertThat(vm.summaryProperty().get()).isNotBlank().isNotEqualTo(Messages.get("gui.checks.running"));
            assertThat(vm.findings()).isSortedAccordingTo((a, b) -> Integer.compare(
                    ChecksViewModel.categoryIndex(a.category()), ChecksViewModel.categoryIndex(b.category())));
            assertThat(vm.byCategory().keySet()).allMatch(ChecksViewModel.CATEGORIES::contains);
            var withBasis = vm.findings().stream().filter(f -> f.basis() != null && f.basis().contains("第")).findFirst();
            withBasis.ifPresent(f -> {
                vm.selectedProperty().set(f);
                assertThat(vm.basisTextProperty().get()).contains("第");
            });
            assertThat(vm.violationDate()).isEqualTo(d.caseInfo().violationDate());
            vm.dossierProperty().set(null);
            assertThat(vm.findings()).isEmpty();
            assertThat(vm.summaryProperty().get()).isEmpty();
        }
    }

    /**
     * The findings tree's states: no case (what to do), checking, shown after a completed run, and a run
     * that failed (the case is no longer in the workspace) is FAILED with the reason — never "all clean".
     */
    @Test
    void theFindingsTreeTellsCheckingNoCaseAndAFailedRunApart() {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            DemoContent.loadDemoDossier(ctx.openWorkspace(), Progress.NONE);
            Dossier d = ctx.dossiers().load(ctx.dossiers().list().get(0).caseId());
            ChecksViewModel vm = new ChecksViewModel(ctx);
            assertThat(vm.findingsState().kind()).isEqualTo(org.jrw.gui.ListState.Kind.EMPTY);
            assertThat(vm.findingsState().text()).isEqualTo(Messages.get("dialogs.checks.empty"));
            java.util.List<org.jrw.gui.ListState.Kind> states = new java.util.ArrayList<>();
            vm.findingsState().kindProperty().addListener((o, a, k) -> states.add(k));

            vm.dossierProperty().set(d);
            assertThat(states).containsExactly(org.jrw.gui.ListState.Kind.LOADING, org.jrw.gui.ListState.Kind.SHOWN);

            states.clear();
            vm.dossierProperty().set(d.withCaseId("no-such-case"));
            assertThat(states).containsExactly(org.jrw.gui.ListState.Kind.LOADING, org.jrw.gui.ListState.Kind.FAILED);
            assertThat(vm.findingsState().text()).startsWith("加载失败：");
            assertThat(vm.findings()).isEmpty();
            assertThat(vm.byCategory()).isEmpty();
            assertThat(vm.notesProperty().get()).isEmpty();
            assertThat(vm.summaryProperty().get()).startsWith(Messages.get("gui.checks.failed", "").strip());

            vm.dossierProperty().set(null);
            assertThat(vm.findingsState().kind()).isEqualTo(org.jrw.gui.ListState.Kind.EMPTY);
        }
    }
}
