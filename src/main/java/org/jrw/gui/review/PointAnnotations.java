package org.jrw.gui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.review.ReviewPoint;

/** Which annotations concern which review point, for {@link ReviewViewModel#annotationsFor}. */
final class PointAnnotations {
    private PointAnnotations() {
    }

    /**
     * The annotations that concern a review point: by what they are on and their kind, and by the
     * words of the note. Facts: doubts and findings on evidence; evidence: notes on evidence items;
     * procedure: notes on served documents (notices, decisions); documents: defects and corrections
     * on documents; every point also takes notes naming its subject (主体, 法律, 裁量 …).
     */
    static List<Annotation> annotationsFor(ReviewPoint p, List<Annotation> all, Dossier d) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : all) {
            if (a.isReply()) {
                continue;
            }
            if (concerns(p, a, d)) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean concerns(ReviewPoint p, Annotation a, Dossier d) {
        boolean onEvidence = a.targetType() == Annotation.TargetType.EVIDENCE;
        boolean onDocument = a.targetType() == Annotation.TargetType.DOCUMENT;
        String note = a.note() == null ? "" : a.note();
        boolean structural = switch (p) {
            case FACTS -> onEvidence && (a.kind() == AnnotationKind.QUESTION || a.kind() == AnnotationKind.FINDING);
            case EVIDENCE -> onEvidence;
            case PROCEDURE -> onDocument && d != null && d.documents().stream()
                    .filter(doc -> doc.id().equals(a.targetId())).map(CaseDocument::type)
                    .anyMatch(t -> t.served());
            case DOCUMENTS -> onDocument && (a.kind() == AnnotationKind.DEFECT || a.kind() == AnnotationKind.CORRECTION);
            default -> false;
        };
        if (structural) {
            return true;
        }
        for (String w : KEYWORDS.get(p)) {
            if (note.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Map<ReviewPoint, List<String>> KEYWORDS = Map.of(
            ReviewPoint.SUBJECT, List.of("主体", "当事人", "资格", "营业执照", "身份"), // zh-data: words of annotations
            ReviewPoint.FACTS, List.of("事实"), // zh-data: words of annotations
            ReviewPoint.EVIDENCE, List.of("证据"), // zh-data: words of annotations
            ReviewPoint.LAW, List.of("法律", "法条", "依据", "适用"), // zh-data: words of annotations
            ReviewPoint.PROCEDURE, List.of("程序", "送达", "告知", "听证", "期限"), // zh-data: words of annotations
            ReviewPoint.DISCRETION, List.of("裁量", "从轻", "从重", "减轻", "罚款数额"), // zh-data: words of annotations
            ReviewPoint.DOCUMENTS, List.of("文书", "文号", "格式", "笔误")); // zh-data: words of annotations
}
