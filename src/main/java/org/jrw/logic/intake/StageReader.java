package org.jrw.logic.intake;

import java.util.List;
import org.jrw.model.DocumentType;

/**
 * The procedural status (办理阶段) an intake proposes: the latest stage of the procedure
 * (立案 → 调查 → 告知 → 决定 → 送达 → 执行 → 结案) that a document of the file evidences, read
 * from that document's title line. It is a proposal like every other field: shown with its source,
 * editable, and never the draft mark — whether a case is a draft is {@code case.draft}.
 * The status words are those the checks read ({@code ProcedureChecks.stage}): 已作出决定, 已送达
 * and 执行中 are the decided stage, 已结案 the closed one.
 */
final class StageReader {
    private StageReader() {
    }

    /** The stages in procedure order: the status text and the documents that evidence it. */
    private record Stage(String status, List<DocumentType> evidencedBy) {
    }

    private static final List<Stage> STAGES = List.of(
            new Stage("已立案", List.of(DocumentType.FILING_APPROVAL)),
            new Stage("调查中", List.of(DocumentType.INQUIRY_RECORD, DocumentType.SURVEY_RECORD,
                    DocumentType.SAMPLING_VOUCHER, DocumentType.EVIDENCE_PRESERVATION, DocumentType.APPRAISAL,
                    DocumentType.INVESTIGATION_REPORT, DocumentType.LEGAL_REVIEW, DocumentType.COLLECTIVE_DISCUSSION)),
            new Stage("已告知", List.of(DocumentType.PENALTY_NOTICE, DocumentType.HEARING_RIGHTS_NOTICE,
                    DocumentType.STATEMENT_RECORD, DocumentType.HEARING_NOTICE, DocumentType.HEARING_RECORD,
                    DocumentType.HEARING_REPORT)),
            new Stage("已作出决定", List.of(DocumentType.PENALTY_DECISION)),
            new Stage("已送达", List.of()), // a receipt of the decision: see served()
            new Stage("执行中", List.of(DocumentType.PAYMENT_RECEIPT, DocumentType.INSTALLMENT_APPROVAL,
                    DocumentType.ENFORCEMENT_APPLICATION)),
            new Stage("已结案", List.of(DocumentType.CLOSING_APPROVAL)));

    /** Every status this reader proposes, in procedure order. */
    static List<String> statuses() {
        return STAGES.stream().map(Stage::status).toList();
    }

    /** The {@code case.status} reading of the latest stage evidenced, or none when no document shows a stage. */
    static List<Reading> read(List<Extractor.Doc> docs) {
        for (int s = STAGES.size() - 1; s >= 0; s--) {
            Stage stage = STAGES.get(s);
            for (Extractor.Doc d : docs) {
                boolean evidences = stage.evidencedBy().contains(d.type())
                        || stage.status().equals("已送达") && servesDecision(d);
                if (evidences) {
                    return List.of(new Reading("case.status", stage.status(),
                            new Reading.Source(d.file(), d.text().pageNumber(0), titleLine(d)), d.type(), "stage"));
                }
            }
        }
        return List.of();
    }

    /** A receipt (送达回执/送达回证) whose served document is the decision. */
    private static boolean servesDecision(Extractor.Doc d) {
        return d.type() == DocumentType.DELIVERY_RECEIPT && d.text() != null
                && d.text().all().contains(DocumentType.PENALTY_DECISION.labelZh());
    }

    /** The line naming the document (its title), else its first line, else its file name. */
    private static String titleLine(Extractor.Doc d) {
        List<String> head = d.text() == null ? List.of() : d.text().head(8);
        String label = d.type().labelZh();
        String key = label.length() > 4 ? label.substring(0, 4) : label;
        for (String l : head) {
            if (l.contains(key) || l.contains("送达回")) {
                return l;
            }
        }
        return head.isEmpty() ? d.file() : head.get(0);
    }
}
