package org.jrw.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.jrw.gui.AppContext;
import org.jrw.gui.FakeDialogs;
import org.jrw.gui.ListState;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.intake.IntakeFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake view-model without a window: the folder asked through the dialog service, list states, conflict, draft case. */
class IntakeViewModelTest {
    @TempDir
    Path tmp;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void zh() {
        Messages.setLanguage("zh");
    }

    @Test
    void aChosenFolderIsReadItsConflictChosenAndTheDraftCaseCreated() throws Exception {
        Path in = tmp.resolve("案卷材料");
        IntakeFixtures.docx(in.resolve("12-行政处罚决定书.docx"), IntakeFixtures.decision("渭某应急罚〔2024〕8号", "3万元"));
        IntakeFixtures.docx(in.resolve("10-行政处罚告知书.docx"), IntakeFixtures.notice("肆万元整"));
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            IntakeViewModel vm = new IntakeViewModel(ctx);
            vm.setDialogs(dialogs);
            assertThat(vm.filesState().kind()).isEqualTo(ListState.Kind.EMPTY);
            assertThat(vm.filesState().text()).isEqualTo(Messages.get("intake.drop.hint"));

            vm.chooseFolder(); // cancelled: nothing read
            assertThat(dialogs.choosers).containsExactly(Messages.get("intake.choose.folder"));
            assertThat(vm.files()).isEmpty();

            dialogs.choose(in);
            vm.chooseFolder();
            assertThat(vm.files()).hasSize(2);
            assertThat(vm.filesState().kind()).isEqualTo(ListState.Kind.SHOWN);
            assertThat(vm.conflicts()).singleElement().satisfies(c -> assertThat(c.label()).isEqualTo("罚款（元）"));
            IntakeViewModel.ConflictRow fine = vm.conflicts().get(0);
            IntakeViewModel.Option thirty = fine.options().stream().filter(o -> o.text().contains("30000")).findFirst()
                    .orElseThrow();
            vm.choose(fine.field(), thirty.value());
            assertThat(vm.conflicts()).isEmpty();

            AtomicReference<String> created = new AtomicReference<>();
            vm.create(created::set);
            assertThat(created.get()).isNotNull();
            assertThat(ctx.dossiers().load(created.get()).caseInfo().caseNumber()).isEqualTo("渭某应急罚〔2024〕8号");
        }
    }

    @Test
    void filesThatCannotBeReadShowTheErrorInTheList() throws Exception {
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            IntakeViewModel vm = new IntakeViewModel(ctx);
            vm.setDialogs(dialogs);
            Path missing = tmp.resolve("不存在.docx");
            dialogs.choose(missing);
            vm.chooseFiles();
            assertThat(vm.files()).isEmpty();
            assertThat(vm.filesState().kind()).isEqualTo(ListState.Kind.FAILED);
            assertThat(vm.filesState().text()).startsWith("加载失败：").contains("不存在.docx");
            assertThat(Files.exists(missing)).isFalse();
        }
    }
}
