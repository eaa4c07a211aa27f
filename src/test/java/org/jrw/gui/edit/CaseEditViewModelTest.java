package org.jrw.gui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.persistence.Workspace;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 编辑 tab's view-model without a window: typing is validated, hinted, saved or refused in the background. */
class CaseEditViewModelTest {
    @TempDir
    Path tmp;
    Workspace ws;
    CaseEditViewModel vm;
    String caseId;
    final AtomicReference<Dossier> saved = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        Messages.setLanguage("zh");
        ws = Workspace.open(tmp.resolve("ws"));
        caseId = new DossierService(ws).importPackage(TestPackages.valid().writeZip(tmp.resolve("in.jrcase")),
                false, Progress.NONE).caseId();
        // the view's thread is the worker itself here: properties are plain JavaFX beans
        vm = new CaseEditViewModel(() -> new org.jrw.logic.edit.CaseEditor(ws), Runnable::run, 20);
        vm.setOnSaved(saved::set);
        vm.setActive(true);
        vm.load(new DossierService(ws).load(caseId));
    }

    @AfterEach
    void tearDown() {
        vm.close();
        ws.close();
    }

    static void await(BooleanSupplier cond) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, cond::getAsBoolean);
    }

    Dossier stored() {
        return new DossierService(ws).load(caseId);
    }

    boolean hasFinding(String code) {
        // the view-model's worker replaces the list while this thread polls it (no FX thread in this test):
        // a read that overlaps a replacement is read again until it is a consistent copy
        while (true) {
            try {
                return java.util.List.copyOf(vm.findings()).stream().map(Finding::code).toList().contains(code);
            } catch (java.util.ConcurrentModificationException | IndexOutOfBoundsException overlapping) {
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void typingIsSavedAfterAPauseWithHintsAndLiveFindings() throws Exception {
        await(() -> hasFinding("PARTY_CREDIT_CODE_INVALID"));
        CaseEditViewModel.Field code = vm.field("parties[p1].creditCode");
        assertThat(code.problemProperty().get()).contains("未通过校验");
        assertThat(code.levelProperty().get()).isEqualTo("error");

        String first17 = "91610104MA6T0A2B" + Identifiers.orgCodeCheckChar("MA6T0A2B");
        code.textProperty().set(first17 + Identifiers.creditCodeCheckChar(first17));
        await(() -> first17.equals(stored().parties().get(0).creditCode().substring(0, 17)));
        await(() -> !hasFinding("PARTY_CREDIT_CODE_INVALID") && code.problemProperty().get().isEmpty());
        // the worker shows the case, then sets undo/redo, then reports the save: with no FX thread in this
        // test those steps are not atomic to the polling thread, so wait for the last one
        await(() -> saved.get() != null);
        assertThat(vm.canUndoProperty().get()).isTrue();

        CaseEditViewModel.Field provision = vm.field("violations[v1].penaltyProvision");
        CaseEditViewModel.Field fine = vm.field("violations[v1].proposed.fineYuan");
        assertThat(vm.suggestProvisions("安全生产法97条7项", provision.path()))
                .containsExactly("《中华人民共和国安全生产法》第九十七条第（七）项");
        assertThat(vm.suggestProvisions("特种设备", provision.path())).contains("《中华人民共和国特种设备安全法》");
        provision.textProperty().set("安全生产法97条7项");
        await(() -> "安全生产法97条7项".equals(stored().violations().get(0).penaltyProvision()));
        await(() -> vm.statusProperty().get().startsWith("已保存") && !vm.hasPending());
        await(() -> provision.hintProperty().get().contains("第九十七条"));
        assertThat(provision.hintProperty().get()).contains("特种作业人员未按照规定");
        await(() -> fine.hintProperty().get().contains("法定罚款幅度") || vm.statusProperty().get().contains("失败"));
        assertThat(fine.hintProperty().get()).as(vm.statusProperty().get()).contains("法定罚款幅度");

        vm.undo();
        await(() -> stored().violations().get(0).penaltyProvision().startsWith("《中华人民共和国安全生产法》")
                || vm.statusProperty().get().contains("失败"));
        assertThat(stored().violations().get(0).penaltyProvision()).as(vm.statusProperty().get())
                .startsWith("《中华人民共和国安全生产法》");
        await(() -> provision.text().equals("《中华人民共和国安全生产法》第九十七条第七项"));
        await(() -> vm.canRedoProperty().get()); // set just after the text (see above)
    }

    @Test
    void aRefusedValueStaysMarkedAndIsNotSaved() throws Exception {
        CaseEditViewModel.Field fine = vm.field("violations[v1].proposed.fineYuan");
        CaseEditViewModel.Field date = vm.field("documents[d7].date");
        fine.textProperty().set("200000");
        // a mark sets the reason, then the level (one step later on the worker): wait for both
        await(() -> fine.problemProperty().get().contains("上限") && "error".equals(fine.levelProperty().get()));
        // the mark and the status are set by two steps of the worker's result: wait for the second
        await(() -> vm.statusProperty().get().startsWith("未保存"));
        assertThat(stored().violations().get(0).proposed().fineYuan()).isEqualTo(20000L);
        assertThat(fine.text()).isEqualTo("200000");   // what was typed stays to be corrected

        fine.textProperty().set("50000");
        await(() -> stored().violations().get(0).proposed().fineYuan() == 50000L);
        await(() -> fine.problemProperty().get().isEmpty());

        date.textProperty().set("2024-02-01");
        await(() -> date.problemProperty().get().contains("立案日期"));
        assertThat(stored().document("d7").orElseThrow().date()).hasToString("2024-04-10");
        vm.discardPending();
        assertThat(date.text()).isEqualTo("2024-04-10");
    }

    @Test
    void structuralEditsRebuildTheFormsAndTheDraftIsConfirmedOnlyWhenComplete() throws Exception {
        int before = vm.structureProperty().get();
        vm.add("violations");
        await(() -> vm.items("violations").size() == 2);
        await(() -> vm.structureProperty().get() > before); // the forms are rebuilt after the items change
        vm.move("documents", "d7", -1);
        await(() -> vm.items("documents").get(0).equals("d7"));
        vm.moveTo("documents", "d1", 0); // as dropped on the first card
        await(() -> vm.items("documents").get(0).equals("d1"));
        vm.remove("violations[v2]");
        await(() -> vm.items("violations").size() == 1);

        vm.markDraft();
        await(() -> vm.draftProperty().get());
        vm.confirm();
        await(() -> !vm.draftProblemsProperty().get().isEmpty());
        assertThat(vm.draftProblemsProperty().get()).contains("统一社会信用代码").contains("公民身份号码");
        assertThat(stored().caseInfo().draft()).isTrue();
    }
}
