package org.jrw.logic.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jrw.model.CaseDocument;
import org.jrw.model.Evidence;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.jrw.model.Violation;

/** Checks of the facts and evidence (事实证据). */
final class EvidenceChecks {
    private EvidenceChecks() {
    }

    /** EVIDENCE_HASH_MISMATCH: a stored evidence or document file no longer matches its recorded SHA-256. */
    static final class HashMismatch implements Check {
        @Override
        public String code() {
            return "EVIDENCE_HASH_MISMATCH";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            if (ctx.files().isEmpty()) {
                return List.of();
            }
            FileVerifier files = ctx.files().get();
            List<Finding> out = new ArrayList<>();
            for (CaseDocument d : ctx.dossier().documents()) {
                check(out, files, d.id(), d.title(), d.file(), d.sha256());
            }
            for (Evidence e : ctx.dossier().evidence()) {
                check(out, files, e.id(), e.title(), e.file(), e.sha256());
            }
            return out;
        }

        private void check(List<Finding> out, FileVerifier files, String id, String title, String file, String sha) {
            if (sha == null || sha.isBlank() || file == null || file.isBlank()) {
                return;
            }
            Optional<Boolean> ok = files.verify(sha, file);
            if (ok.isEmpty() || !ok.get()) {
                out.add(Findings.of(code(), Severity.ERROR, Findings.FACTS,
                        ok.isEmpty() ? "checks.EVIDENCE_HASH_MISMATCH.missing" : "checks.EVIDENCE_HASH_MISMATCH",
                        "《中华人民共和国行政处罚法》第四十一条、第四十六条（电子数据与证据的真实性）", List.of(id), title, file, sha));
            }
        }
    }

    /** EVIDENCE_NOT_LINKED: a violation has no evidence item that proves it. */
    static final class NotLinked implements Check {
        @Override
        public String code() {
            return "EVIDENCE_NOT_LINKED";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (Violation v : ctx.dossier().violations()) {
                if (ctx.dossier().evidenceFor(v.id()).isEmpty()) {
                    out.add(Findings.of(code(), Severity.WARNING, Findings.FACTS, "checks.EVIDENCE_NOT_LINKED",
                            "《中华人民共和国行政处罚法》第四十条、第四十六条", List.of(v.id()),
                            ViolationLabels.of(ctx.dossier(), v.id())));
                }
            }
            return out;
        }
    }
}
