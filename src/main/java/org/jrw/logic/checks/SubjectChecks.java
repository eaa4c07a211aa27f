package org.jrw.logic.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.model.Finding;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.Severity;

/** Checks of the parties' identity and of the officers (主体). */
final class SubjectChecks {
    private SubjectChecks() {
    }

    /** PARTY_CREDIT_CODE_INVALID: a unit's 统一社会信用代码 fails GB 32100-2015 (check character, organisation code). */
    static final class CreditCode implements Check {
        @Override
        public String code() {
            return "PARTY_CREDIT_CODE_INVALID";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (Party p : ctx.dossier().parties()) {
                String code = p.creditCode();
                if (code == null || code.isBlank()) {
                    continue;
                }
                if (!Identifiers.isValidCreditCode(code.strip())) {
                    out.add(Findings.of(code(), Severity.ERROR, Findings.SUBJECT, "checks.PARTY_CREDIT_CODE_INVALID",
                            "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》", List.of(p.id()), Findings.party(p), code));
                }
            }
            return out;
        }
    }

    /** Whether the dossier is an anonymised training copy ({@code case.anonymized = true}). */
    static boolean anonymized(CheckContext ctx) {
        var extra = ctx.dossier().caseInfo().extra();
        return extra != null && Boolean.TRUE.equals(extra.get("anonymized"));
    }

    /** PARTY_ID_NUMBER_INVALID: a person's 公民身份号码 fails GB 11643-1999 (check digit, birth date). */
    static final class IdNumber implements Check {
        @Override
        public String code() {
            return "PARTY_ID_NUMBER_INVALID";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (Party p : ctx.dossier().parties()) {
                String id = p.idNumber();
                if (id == null || id.isBlank()) {
                    continue;
                }
                String s = id.strip().toUpperCase(java.util.Locale.ROOT);
                if (anonymized(ctx) && Identifiers.isPseudonymIdNumber(s)) {
                    continue; // a training copy's pseudonym fails the check digit on purpose (issue 21)
                }
                if (!Identifiers.isValidIdNumber(s)) {
                    out.add(Findings.of(code(), Severity.ERROR, Findings.SUBJECT, "checks.PARTY_ID_NUMBER_INVALID",
                            "GB 11643-1999《公民身份号码》", List.of(p.id()), Findings.party(p), id));
                }
            }
            return out;
        }
    }

    /** OFFICERS_INSUFFICIENT: fewer than two officers with a name and an enforcement certificate (第四十二条). */
    static final class Officers implements Check {
        @Override
        public String code() {
            return "OFFICERS_INSUFFICIENT";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            Set<String> names = new HashSet<>();
            Set<String> certs = new HashSet<>();
            for (Officer o : ctx.dossier().officers()) {
                if (o.name() != null && !o.name().isBlank() && o.certificateNo() != null && !o.certificateNo().isBlank()
                        && certs.add(o.certificateNo().strip())) {
                    names.add(o.name().strip());
                }
            }
            int min = Math.max(2, ctx.days("minimumOfficers"));
            int n = Math.min(names.size(), certs.size());
            if (n >= min) {
                return List.of();
            }
            // none at all is said so (案卷未载明…), not "只有 0 名"
            return List.of(Findings.of(code(), Severity.ERROR, Findings.PROCEDURE,
                    n == 0 ? "fixes.OFFICERS_INSUFFICIENT.none" : "checks.OFFICERS_INSUFFICIENT",
                    Findings.PENALTY_LAW + "第四十二条", List.of(), n, min));
        }
    }
}
