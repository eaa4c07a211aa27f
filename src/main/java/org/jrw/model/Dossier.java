package org.jrw.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole case dossier (行政处罚案卷) as described by the {@code .jrcase} format v1: the case, its
 * parties, officers, violations, documents and evidence, plus the manifest's unknown top-level
 * fields. {@code caseId} is the workspace's own id (null before import).
 */
public record Dossier(
        String caseId,
        int formatVersion,
        CaseInfo caseInfo,
        List<Party> parties,
        List<Officer> officers,
        List<Violation> violations,
        List<CaseDocument> documents,
        List<Evidence> evidence,
        Extra extra) {

    /**
     * Written out, component by component, as the record would generate it: the generated one
     * links a method-handle tree on its first call (some ms of CPU), and the window's properties
     * call it when a case is shown. {@code RecordEqualityTest} checks that every component takes part.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Dossier d && formatVersion == d.formatVersion
                && java.util.Objects.equals(caseId, d.caseId) && java.util.Objects.equals(caseInfo, d.caseInfo)
                && java.util.Objects.equals(parties, d.parties) && java.util.Objects.equals(officers, d.officers)
                && java.util.Objects.equals(violations, d.violations) && java.util.Objects.equals(documents, d.documents)
                && java.util.Objects.equals(evidence, d.evidence) && java.util.Objects.equals(extra, d.extra);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(caseId, formatVersion, caseInfo, parties, officers, violations, documents,
                evidence, extra);
    }

    public Optional<Party> party(String id) {
        return parties.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Violation> violation(String id) {
        return violations.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<CaseDocument> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Evidence> evidenceItem(String id) {
        return evidence.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Documents of a type, in manifest order. */
    public List<CaseDocument> documentsOf(DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).toList();
    }

    /** The first document of a type, if any. */
    public Optional<CaseDocument> firstOf(DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).findFirst();
    }

    /** Documents in the standard filing order; within a type by date, then manifest order. */
    public List<CaseDocument> documentsInFilingOrder() {
        Comparator<CaseDocument> byType = Comparator.comparingInt(d -> d.type().filingOrder());
        Comparator<CaseDocument> byDate = Comparator.comparing(CaseDocument::date,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return documents.stream().sorted(byType.thenComparing(byDate)).toList();
    }

    /** Evidence items that prove a violation. */
    public List<Evidence> evidenceFor(String violationId) {
        return evidence.stream().filter(e -> e.proves().contains(violationId)).toList();
    }

    public Dossier withCaseId(String id) {
        return new Dossier(id, formatVersion, caseInfo, parties, officers, violations, documents, evidence, extra);
    }
}
