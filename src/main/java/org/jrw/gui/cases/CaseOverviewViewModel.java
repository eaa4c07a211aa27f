package org.jrw.gui.cases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jrw.gui.ListState;
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
    /** The overview itself: opening a case, none open (what to do), the case could not be read, shown. */
    private final ListState caseState = new ListState("dialogs.case.loading", "gui.overview.none");
    /** The document tree: opening, a case without documents (what to do), failed, shown. */
    private final ListState documentsState = new ListState("dialogs.case.loading", "dialogs.documents.empty");
    /** The evidence tree, likewise. */
    private final ListState evidenceState = new ListState("dialogs.case.loading", "dialogs.evidence.empty");

    public CaseOverviewViewModel() {
        dossier.addListener((o, a, d) -> {
            caseState.loaded(d == null ? 0 : 1);
            documentsState.loaded(d == null ? 0 : d.documents().size());
            evidenceState.loaded(d == null ? 0 : d.evidence().size());
        });
    }

    public ListState caseState() {
        return caseState;
    }

    public ListState documentsState() {
        return documentsState;
    }

    public ListState evidenceState() {
        return evidenceState;
    }

    /** A case is being read (the previous one stays until it arrives): the trees say so. */
    public void opening() {
        caseState.loading();
        documentsState.loading();
        evidenceState.loading();
    }

    /** Whether a case is being read (between {@link #opening} and its dossier or failure). */
    public boolean isOpening() {
        return caseState.kind() == ListState.Kind.LOADING;
    }

    /**
     * The open was given up without a result (cancelled): the states follow the case still shown, so no
     * spinner stays over it. Nothing happens when no open is pending.
     */
    public void openAbandoned() {
        if (isOpening()) {
            Dossier d = dossier.get();
            caseState.loaded(d == null ? 0 : 1);
            documentsState.loaded(d == null ? 0 : d.documents().size());
            evidenceState.loaded(d == null ? 0 : d.evidence().size());
        }
    }

    /**
     * The case being opened could not be read: no case is shown (not the previous one under the new
     * selection), and the overview and its trees say why (not "no case" or "no documents").
     */
    public void openFailed(Throwable t) {
        dossier.set(null);
        caseState.failed(t);
        documentsState.failed(t);
        evidenceState.failed(t);
    }

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
