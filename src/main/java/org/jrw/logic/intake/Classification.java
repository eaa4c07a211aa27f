package org.jrw.logic.intake;

import org.jrw.model.DocumentType;
import org.jrw.model.EvidenceKind;

/**
 * What a file is proposed (or chosen) to be: a document of the dossier of one type, or an
 * evidence item of one of the eight statutory kinds; {@code basis} says what the proposal rests
 * on (file name, the document's own title, the file type). Unknown: both null.
 */
public record Classification(DocumentType documentType, EvidenceKind evidenceKind, Basis basis) {
    public enum Basis { TITLE, NAME, FILE_TYPE, USER, NONE }

    public static final Classification UNKNOWN = new Classification(null, null, Basis.NONE);

    public static Classification document(DocumentType t, Basis b) {
        return new Classification(t, null, b);
    }

    public static Classification evidence(EvidenceKind k, Basis b) {
        return new Classification(null, k, b);
    }

    public boolean isDocument() {
        return documentType != null;
    }

    public boolean isEvidence() {
        return evidenceKind != null;
    }

    public boolean isKnown() {
        return isDocument() || isEvidence();
    }

    /** The label shown in lists: the document type's or the evidence kind's Chinese name. */
    public String labelZh() {
        if (documentType != null) {
            return documentType.labelZh();
        }
        return evidenceKind != null ? evidenceKind.labelZh() : "待定";
    }
}
