package org.jrw.logic.training;

import java.util.List;
import java.util.Objects;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Party;
import org.jrw.model.Violation;

/**
 * The check that closes an anonymisation: the copy's legal substance — violations, provisions,
 * circumstances, decision and amounts, dates only shifted — is the original's (ADR 0030).
 */
final class SubstanceCheck {
    private SubstanceCheck() {
    }

    /** Null when provisions, amounts, circumstances, document types and order and evidence are unchanged. */
    static String substanceDifference(Dossier a, Dossier b) {
        if (a.violations().size() != b.violations().size()) {
            return "violations";
        }
        for (int i = 0; i < a.violations().size(); i++) {
            Violation x = a.violations().get(i);
            Violation y = b.violations().get(i);
            if (!Objects.equals(x.violatedProvision(), y.violatedProvision())
                    || !Objects.equals(x.penaltyProvision(), y.penaltyProvision())) {
                return "violations[" + i + "] provisions";
            }
            if (!sameCircumstances(x.circumstances(), y.circumstances())) {
                return "violations[" + i + "].circumstances";
            }
            if (!Objects.equals(x.proposed(), y.proposed())) {
                return "violations[" + i + "].proposed";
            }
        }
        if (a.documents().size() != b.documents().size()) {
            return "documents";
        }
        for (int i = 0; i < a.documents().size(); i++) {
            CaseDocument x = a.documents().get(i);
            CaseDocument y = b.documents().get(i);
            if (!Objects.equals(x.typeCode(), y.typeCode()) || !Objects.equals(x.id(), y.id())) {
                return "documents[" + i + "].type";
            }
            for (String k : List.of("fineYuan", "paidYuan", "confiscationYuan")) {
                if (!Objects.equals(x.statedLong(k), y.statedLong(k))) {
                    return "documents[" + i + "].states." + k;
                }
            }
        }
        if (a.evidence().size() != b.evidence().size()) {
            return "evidence";
        }
        for (int i = 0; i < a.evidence().size(); i++) {
            Evidence x = a.evidence().get(i);
            Evidence y = b.evidence().get(i);
            if (!Objects.equals(x.typeText(), y.typeText()) || !Objects.equals(x.proves(), y.proves())) {
                return "evidence[" + i + "]";
            }
        }
        if (a.parties().size() != b.parties().size()) {
            return "parties";
        }
        for (int i = 0; i < a.parties().size(); i++) {
            Party x = a.parties().get(i);
            Party y = b.parties().get(i);
            if (x.kind() != y.kind() || !Objects.equals(x.employees(), y.employees())
                    || !Objects.equals(x.annualIncomeYuan(), y.annualIncomeYuan())) {
                return "parties[" + i + "]";
            }
        }
        if (a.officers().size() != b.officers().size()) {
            return "officers";
        }
        return null;
    }

    /**
     * The circumstances' legal content: the flags, the count and how many mitigating and aggravating
     * circumstances are stated (their wording may name a person and is then pseudonymised).
     */
    static boolean sameCircumstances(org.jrw.model.Circumstances a, org.jrw.model.Circumstances b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.firstOffence(), b.firstOffence()) && Objects.equals(a.correctedInTime(), b.correctedInTime())
                && Objects.equals(a.uncorrectedAfterDeadline(), b.uncorrectedAfterDeadline())
                && Objects.equals(a.harmfulConsequence(), b.harmfulConsequence()) && Objects.equals(a.count(), b.count())
                && a.mitigating().size() == b.mitigating().size() && a.aggravating().size() == b.aggravating().size();
    }
}
