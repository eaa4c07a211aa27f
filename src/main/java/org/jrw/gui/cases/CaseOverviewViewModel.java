package org.jrw.gui.cases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jrw.model.CaseDocument;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.EvidenceKind;

/**
 * The open case, arranged for the overview: documents grouped by type in the standard filing
 * order, evidence grouped by statutory kind (unknown kinds last), and for each violation the
 * evidence that proves it.
 */
public final class CaseOverviewViewModel {
    private final ObjectProperty<Dossier> dossier = new SimpleObjectProperty<>();

    public ObjectProperty<Dossier> dossierProperty() {
        return dossier;
    }

    public Dossier dossier() {
        return dossier.get();
    }

    /**
     * The case was changed from inside the overview (e.g. evidence ↔ violation links edited in the
     * matrix): shows the fresh copy if it is still the open case. Views refresh in place (same case
     * id: tabs, selection and the evidence reader's state are kept).
     */
    public void caseEdited(Dossier fresh) {
        Dossier now = dossier.get();
        if (fresh != null && now != null && now.caseId().equals(fresh.caseId())) {
            dossier.set(fresh);
        }
    }

    /** Document groups in filing order; each group's documents by date. */
    public static Map<DocumentType, List<CaseDocument>> documentGroups(Dossier d) {
        Map<DocumentType, List<CaseDocument>> out = new LinkedHashMap<>();
        for (CaseDocument doc : d.documentsInFilingOrder()) {
            out.computeIfAbsent(doc.type(), k -> new ArrayList<>()).add(doc);
        }
        return out;
    }

    /** Evidence by statutory kind in the statute's order; items of no known kind under null, last. */
    public static Map<EvidenceKind, List<Evidence>> evidenceGroups(Dossier d) {
        Map<EvidenceKind, List<Evidence>> known = new EnumMap<>(EvidenceKind.class);
        List<Evidence> unknown = new ArrayList<>();
        for (Evidence e : d.evidence()) {
            e.kind().ifPresentOrElse(k -> known.computeIfAbsent(k, x -> new ArrayList<>()).add(e),
                    () -> unknown.add(e));
        }
        Map<EvidenceKind, List<Evidence>> out = new LinkedHashMap<>(known);
        if (!unknown.isEmpty()) {
            out.put(null, unknown);
        }
        return out;
    }
}
