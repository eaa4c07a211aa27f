package org.jrw.logic.evaluation;

import java.nio.file.Path;

/**
 * Writes a typical case as DOCX in the official layout (the same document as the PDF, through
 * {@link org.jrw.logic.pdf.OfficialDocumentDocx}), in the 92号 template order.
 */
public final class TypicalCaseDocx {
    private TypicalCaseDocx() {
    }

    public static void write(TypicalCase t, String reportingUnit, Path out) {
        org.jrw.logic.pdf.OfficialDocumentDocx.write(EvaluationDocuments.typical(t, reportingUnit), out);
    }
}
