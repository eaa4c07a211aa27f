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
}
