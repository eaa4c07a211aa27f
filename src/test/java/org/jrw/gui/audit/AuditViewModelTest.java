package org.jrw.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jrw.gui.AppContext;
import org.jrw.gui.ListState;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit window's view-model without a window: entries by case and person, the list's states, the chain verified. */
class AuditViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void entriesFilteredByCaseAndPersonAndTheChainVerified() {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            DemoContent.loadDemoDossier(ctx.openWorkspace(), Progress.NONE);
            String caseId = ctx.dossiers().list().get(0).caseId();
            AuditViewModel vm = new AuditViewModel(ctx);
            vm.caseIdProperty().set(caseId);
            vm.load();
            assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.caseId()).isEqualTo(caseId));
            assertThat(vm.rows().get(0).action()).isEqualTo("case.import");
            assertThat(vm.rowsState().kind()).isEqualTo(ListState.Kind.SHOWN);

            // nobody by that name: empty, and the list says how to widen the filter
            vm.actorProperty().set("没有这个人");
            vm.load();
            assertThat(vm.rows()).isEmpty();
            assertThat(vm.rowsState().kind()).isEqualTo(ListState.Kind.EMPTY);
            assertThat(vm.rowsState().text()).isEqualTo(Messages.get("screens.audit.empty"));

            vm.verify();
            assertThat(vm.verdictProperty().get()).contains("哈希链无误");
        }
    }

    /** 对照外发文件核验…: the files come from the dialog service; a package asks for its password, a PDF does not. */
    @Test
    void filesSentOutAreChosenThroughTheDialogService() {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            DemoContent.loadDemoDossier(ctx.openWorkspace(), Progress.NONE);
            String caseId = ctx.dossiers().list().get(0).caseId();
            Path pdf = tmp.resolve("opinion.pdf");
            ctx.reviews().renderOpinion(caseId, pdf);
            AuditViewModel vm = new AuditViewModel(ctx);
            org.jrw.gui.FakeDialogs dialogs = new org.jrw.gui.FakeDialogs();
            int[] passwordAsked = {0};
            vm.setDialogs(dialogs, () -> {
                passwordAsked[0]++;
                return null;
            });
            vm.chooseAndVerifyAgainst(); // cancelled
            assertThat(vm.verdictProperty().get()).isEmpty();
            assertThat(dialogs.choosers).containsExactly(Messages.get("gui.seats.audit.choose"));
            assertThat(dialogs.chooserTypes.get(0).get(0).patterns()).containsExactly("*.pdf", "*.jrreview", "*.jrresponse");

            dialogs.choose(pdf);
            vm.chooseAndVerifyAgainst();
            assertThat(vm.verdictProperty().get()).contains("审计记录与外发文件一致", "opinion.pdf");
            assertThat(passwordAsked[0]).isZero();

            dialogs.choose(tmp.resolve("missing.jrreview"));
            vm.chooseAndVerifyAgainst();
            assertThat(passwordAsked[0]).isEqualTo(1);
            assertThat(vm.verdictProperty().get()).contains("missing.jrreview");
        }
    }
}
