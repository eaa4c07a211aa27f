package org.jrw.gui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.gui.AppContext;
import org.jrw.gui.FakeDialogs;
import org.jrw.gui.ListState;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.task.Progress;
import org.jrw.logic.training.Exercise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exercise window's view-model without a window: material, answer, score, exports through the dialog service. */
class TrainingViewModelTest {
    @TempDir
    Path tmp;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void zh() {
        Messages.setLanguage("zh");
    }

    @Test
    void theMaterialListSaysLoadingThenShowsTheBuiltInMaterial() {
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            TrainingViewModel vm = new TrainingViewModel(ctx, null);
            assertThat(vm.materialState().kind()).isEqualTo(ListState.Kind.EMPTY);
            vm.loadMaterial();
            assertThat(vm.material()).isNotEmpty();
            assertThat(vm.material().get(0).id()).isEqualTo("demo");
            assertThat(vm.materialState().kind()).isEqualTo(ListState.Kind.SHOWN);
            // no exercise yet: the evidence list says what to do, an export says pick material first
            vm.setDialogs(dialogs);
            vm.load();
            assertThat(vm.titleProperty().get()).isEqualTo(Messages.get("gui.training.pick"));
            assertThat(vm.evidenceState().text()).contains("开始练习");
            vm.exportCsv();
            assertThat(dialogs.choosers).isEmpty();
            assertThat(dialogs.errors).containsExactly(Messages.get("gui.training.pick"));
        }
    }

    @Test
    void anAnswerIsScoredAndTheClassResultsAreSavedWhereTheUserChose() throws Exception {
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            DemoContent.loadDemoDossier(ctx.openWorkspace(), Progress.NONE);
            String caseId = ctx.dossiers().list().get(0).caseId();
            TrainingViewModel vm = new TrainingViewModel(ctx, caseId);
            vm.setDialogs(dialogs);
            vm.load();
            assertThat(vm.realCaseProperty().get()).isTrue();
            assertThat(vm.evidence()).isNotEmpty();
            assertThat(vm.evidenceState().kind()).isEqualTo(ListState.Kind.SHOWN);
            assertThat(vm.resultsState().kind()).isEqualTo(ListState.Kind.EMPTY);
            assertThat(vm.resultsState().text()).isEqualTo(Messages.get("gui.training.noResults"));

            // a fine that is not a number: the error names it, nothing is scored
            vm.traineeProperty().set("学员陈");
            vm.fineProperty().set("两万");
            vm.submit();
            assertThat(dialogs.errors).singleElement().asString().contains("两万");
            assertThat(vm.results()).isEmpty();

            vm.violatedProperty().set("《中华人民共和国安全生产法》第三十条第一款");
            vm.penaltyProperty().set("《中华人民共和国安全生产法》第九十七条第七项");
            vm.circumstance(Exercise.Circumstance.FIRST_OFFENCE).set(true);
            vm.fineProperty().set("20,000");
            vm.submit();
            assertThat(vm.feedbackProperty().get()).startsWith("学员 学员陈 得分");
            assertThat(vm.results()).extracting(s -> s.trainee()).containsExactly("学员陈");
            assertThat(vm.resultsState().kind()).isEqualTo(ListState.Kind.SHOWN);

            // cancelled chooser: nothing written, nothing said
            vm.exportCsv();
            assertThat(dialogs.notes).isEmpty();
            // chosen file: the CSV holds the trainee, a note says where
            Path csv = tmp.resolve("out/results.csv");
            Files.createDirectories(csv.getParent());
            dialogs.choose(csv);
            vm.exportCsv();
            assertThat(dialogs.chooserTypes.get(1)).singleElement().satisfies(t -> assertThat(t.patterns()).containsExactly("*.csv"));
            assertThat(Files.readString(csv)).contains("学员陈");
            assertThat(dialogs.notes).singleElement().asString().contains(csv.toString());
            Path pdf = tmp.resolve("out/results.pdf");
            dialogs.choose(pdf);
            vm.exportPdf();
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
            Path booklet = tmp.resolve("out/booklet.pdf");
            dialogs.choose(booklet);
            vm.booklet(true);
            assertThat(Files.size(booklet)).isGreaterThan(1000);
            assertThat(dialogs.errors).hasSize(1);
        }
    }
}
