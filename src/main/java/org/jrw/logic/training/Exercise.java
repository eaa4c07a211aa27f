package org.jrw.logic.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jrw.model.Circumstances;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.model.Violation;

/**
 * One exercise on a (de-identified) case: what the trainee sees — facts and evidence without the
 * decision — and the key the answer is scored against: the actual decision's provisions,
 * circumstances and fine.
 */
public record Exercise(String caseId, String caseNumber, String title, String facts, List<String> evidence,
                       Key key, boolean anonymized) {

    /** The circumstances a trainee can tick; codes are stable, labels come from the bundle. */
    public enum Circumstance { FIRST_OFFENCE, CORRECTED_IN_TIME, UNCORRECTED_AFTER_DEADLINE, HARMFUL_CONSEQUENCE,
        MITIGATING, AGGRAVATING }

    /** The actual decision for the first violation. */
    public record Key(String violatedProvision, String penaltyProvision, Circumstances circumstances,
                      Set<Circumstance> circumstanceCodes, Long fineYuan, LocalDate decidedOn) {
    }

    /** A trainee's answer. */
    public record Answer(String trainee, String violatedProvision, String penaltyProvision,
                         Set<Circumstance> circumstances, Long fineYuan) {
        public Answer {
            circumstances = circumstances == null ? Set.of() : Set.copyOf(circumstances);
        }
    }

    /** Documents that give the answer away, left out of what the trainee sees. */
    static final Set<DocumentType> DECISION_DOCUMENTS = Set.of(DocumentType.PENALTY_DECISION,
            DocumentType.PENALTY_NOTICE, DocumentType.LEGAL_REVIEW, DocumentType.INVESTIGATION_REPORT,
            DocumentType.COLLECTIVE_DISCUSSION, DocumentType.HEARING_RIGHTS_NOTICE, DocumentType.HEARING_REPORT,
            DocumentType.PAYMENT_RECEIPT, DocumentType.CLOSING_APPROVAL, DocumentType.DELIVERY_RECEIPT,
            DocumentType.STATEMENT_RECORD);

    public static Exercise of(Dossier d) {
        if (d.violations().isEmpty()) {
            throw new org.jrw.model.BadInputException("training.exercise.noViolation", d.caseInfo().caseNumber());
        }
        Violation v = d.violations().get(0);
        List<String> evidence = new ArrayList<>();
        d.evidence().forEach(e -> evidence.add((e.typeText() == null ? "" : e.typeText() + "：") + e.title()));
        LocalDate decided = d.firstOf(DocumentType.PENALTY_DECISION).map(doc -> doc.date()).orElse(d.caseInfo().filedOn());
        Long fine = v.proposed() == null ? null : v.proposed().fineYuan();
        Long decidedFine = d.firstOf(DocumentType.PENALTY_DECISION).map(doc -> doc.statedLong("fineYuan")).orElse(null);
        return new Exercise(d.caseId(), d.caseInfo().caseNumber(), d.caseInfo().title(), v.facts(), evidence,
                new Key(v.violatedProvision(), v.penaltyProvision(), v.circumstances(), codes(v.circumstances()),
                        decidedFine != null ? decidedFine : fine, decided), isAnonymized(d));
    }

    /**
     * Whether the case is a de-identified copy: it carries the {@code case.anonymized} mark the
     * anonymiser writes, or it is built-in material (imported as {@code 培训案例-…}, which is always
     * anonymised and leak-checked first).
     */
    public static boolean isAnonymized(Dossier d) {
        Object mark = d.caseInfo().extra() == null ? null : d.caseInfo().extra().get(Anonymizer.ANONYMIZED_FIELD);
        String number = d.caseInfo().caseNumber();
        return Boolean.TRUE.equals(mark) || (number != null && number.startsWith(TrainingMaterial.caseNumber("")));
    }

    static Set<Circumstance> codes(Circumstances c) {
        Set<Circumstance> s = new LinkedHashSet<>();
        if (c == null) {
            return s;
        }
        if (Boolean.TRUE.equals(c.firstOffence())) {
            s.add(Circumstance.FIRST_OFFENCE);
        }
        if (Boolean.TRUE.equals(c.correctedInTime())) {
            s.add(Circumstance.CORRECTED_IN_TIME);
        }
        if (Boolean.TRUE.equals(c.uncorrectedAfterDeadline())) {
            s.add(Circumstance.UNCORRECTED_AFTER_DEADLINE);
        }
        if (Boolean.TRUE.equals(c.harmfulConsequence())) {
            s.add(Circumstance.HARMFUL_CONSEQUENCE);
        }
        if (c.mitigating() != null && !c.mitigating().isEmpty()) {
            s.add(Circumstance.MITIGATING);
        }
        if (c.aggravating() != null && !c.aggravating().isEmpty()) {
            s.add(Circumstance.AGGRAVATING);
        }
        return s;
    }
}
