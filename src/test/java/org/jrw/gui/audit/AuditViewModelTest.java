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
}
