package org.jrw.gui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jrw.model.Dossier;
import org.junit.jupiter.api.Test;

/** Links edited in the matrix reach the overview (summary, evidence tree) without reopening the case. */
class CaseOverviewViewModelTest {
    private static Dossier dossier(String caseId, String number) {
        try {
            return org.jrw.codec.DossierCodec.read(org.jrw.testing.TestPackages.valid(number).manifest).withCaseId(caseId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEditedCopyOfTheOpenCaseReplacesItAndOtherCasesAreIgnored() {
        CaseOverviewViewModel vm = new CaseOverviewViewModel();
        List<Dossier> seen = new ArrayList<>();
        vm.dossierProperty().addListener((o, a, d) -> seen.add(d));
        Dossier open = dossier("c-1", "X");
        vm.dossierProperty().set(open);
        Dossier edited = dossier("c-1", "X（链接已改）"); // differs, as after a link edit
        vm.caseEdited(edited);
        assertThat(vm.dossier()).isSameAs(edited);
        vm.caseEdited(dossier("c-2", "Z")); // a late answer for a case no longer open
        vm.caseEdited(null);
        assertThat(vm.dossier()).isSameAs(edited);
        assertThat(seen).containsExactly(open, edited);
    }

    /** The overview and its document and evidence trees: none open, opening, a case without documents, failed. */
    @Test
    void theTreesTellOpeningEmptyAndFailedApart() {
        org.jrw.i18n.Messages.setLanguage("zh");
        CaseOverviewViewModel vm = new CaseOverviewViewModel();
        assertThat(vm.caseState().kind()).isEqualTo(org.jrw.gui.ListState.Kind.EMPTY);
        assertThat(vm.caseState().text()).isEqualTo(org.jrw.i18n.Messages.get("gui.overview.none"));
        assertThat(vm.isOpening()).isFalse();

        vm.opening();
        assertThat(vm.isOpening()).isTrue();
        assertThat(List.of(vm.caseState(), vm.documentsState(), vm.evidenceState()))
                .allSatisfy(s -> assertThat(s.kind()).isEqualTo(org.jrw.gui.ListState.Kind.LOADING))
                .allSatisfy(s -> assertThat(s.text()).isEqualTo(org.jrw.i18n.Messages.get("dialogs.case.loading")));
        Dossier open = dossier("c-1", "X");
        vm.dossierProperty().set(open);
        assertThat(vm.isOpening()).isFalse();
        assertThat(vm.caseState().kind()).isEqualTo(org.jrw.gui.ListState.Kind.SHOWN);
        assertThat(vm.documentsState().kind()).isEqualTo(open.documents().isEmpty()
                ? org.jrw.gui.ListState.Kind.EMPTY : org.jrw.gui.ListState.Kind.SHOWN);

        // a case that holds no documents and no evidence: each tree says what to do
        Dossier bare = new Dossier("c-2", open.formatVersion(), open.caseInfo(), open.parties(), open.officers(),
                open.violations(), List.of(), List.of(), open.extra());
        vm.opening();
        vm.dossierProperty().set(bare);
        assertThat(vm.documentsState().kind()).isEqualTo(org.jrw.gui.ListState.Kind.EMPTY);
        assertThat(vm.documentsState().text()).isEqualTo(org.jrw.i18n.Messages.get("dialogs.documents.empty"));
        assertThat(vm.evidenceState().text()).isEqualTo(org.jrw.i18n.Messages.get("dialogs.evidence.empty"));

        // the next case cannot be read: nothing of the previous one stays, and the states say why
        vm.opening();
        vm.openFailed(new org.jrw.model.BadInputException("import.file.missing", "c-3.jrcase"));
        assertThat(vm.dossier()).isNull();
        assertThat(List.of(vm.caseState(), vm.documentsState(), vm.evidenceState())).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(org.jrw.gui.ListState.Kind.FAILED);
            assertThat(s.text()).startsWith("加载失败：").contains("c-3.jrcase");
        });
        assertThat(vm.isOpening()).isFalse();
    }
}
