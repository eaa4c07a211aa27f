package org.jrw.gui.evaluation;

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

/** The evaluation view-model without a window: preview with the example model's caveat, recorded, reopened. */
class EvaluationViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void previewRecordAndAfterARestartTheRecordedEvaluation() {
        Messages.setLanguage("zh");
        Dossier d;
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            DemoContent.loadDemoDossier(ctx.openWorkspace(), Progress.NONE);
            d = ctx.dossiers().load(ctx.dossiers().list().get(0).caseId());
            EvaluationViewModel vm = new EvaluationViewModel(ctx);
            assertThat(vm.itemsState().text()).isEqualTo(Messages.get("screens.eval.none"));
            vm.dossierProperty().set(d);
            assertThat(vm.resultProperty().get().stored()).isFalse();
            assertThat(vm.itemsState().kind()).isEqualTo(org.jrw.gui.ListState.Kind.SHOWN);
            assertThat(vm.statusProperty().get()).isEqualTo(Messages.get("gui.eval.preview"));
            assertThat(vm.caveatProperty().get()).contains("山东省、浙江省", "示例");
            vm.record();
            assertThat(vm.resultProperty().get().stored()).isTrue();

            // the report goes where the user chose (PDF or Word offered); a cancelled chooser writes nothing
            org.jrw.gui.FakeDialogs dialogs = new org.jrw.gui.FakeDialogs();
            vm.setDialogs(dialogs);
            vm.exportReport();
            assertThat(dialogs.chooserTypes.get(0)).extracting(t -> t.patterns().get(0)).containsExactly("*.pdf", "*.docx");
            Path report = tmp.resolve("report.pdf");
            dialogs.choose(report);
            vm.exportReport();
            assertThat(report).exists();
            assertThat(vm.statusProperty().get()).isEqualTo(Messages.get("gui.eval.written", report));
            // the dashboard's figures as CSV
            Path csv = tmp.resolve("stats.csv");
            dialogs.choose(csv);
            vm.dashboard(data -> vm.exportStatistics(data));
            assertThat(csv).exists();
            assertThat(dialogs.notes).containsExactly(Messages.get("gui.eval.written", csv));
            // a file that cannot be written: an error dialog, not only the status line
            dialogs.choose(csv.resolve("report.pdf")); // its folder is a file
            vm.exportReport();
            assertThat(dialogs.errors).hasSize(1);
        }
        try (AppContext again = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            EvaluationViewModel vm = new EvaluationViewModel(again);
            vm.dossierProperty().set(d);
            assertThat(vm.resultProperty().get().stored()).isTrue();
            assertThat(vm.statusProperty().get()).startsWith("评查结果已于");
        }
        // a case this workspace does not hold: the table says loading failed and why, not "not evaluated"
        try (AppContext empty = new AppContext(tmp.resolve("ws-empty"), tmp.resolve("config"), TaskRunner.sameThread())) {
            EvaluationViewModel vm = new EvaluationViewModel(empty);
            vm.dossierProperty().set(d);
            assertThat(vm.itemsState().kind()).isEqualTo(org.jrw.gui.ListState.Kind.FAILED);
            assertThat(vm.itemsState().text()).startsWith("加载失败：");
        }
    }
}
