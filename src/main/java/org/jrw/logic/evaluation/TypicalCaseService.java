package org.jrw.logic.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.checks.CheckService;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.EvaluationDao;
import org.jrw.persistence.Workspace;

/**
 * Typical-case reports of a workspace: the stored draft (or one prefilled from the dossier),
 * saving edits, the qualification pre-check and export to DOCX or PDF. An export that fails the
 * pre-check is refused (exit 2) unless forced; a successful export marks the case as reported.
 */
public final class TypicalCaseService {
    private final Workspace workspace;
    private final CheckService checks;
    private final CitationResolver resolver = new CitationResolver(LawLibrary.builtIn());

    public TypicalCaseService(Workspace workspace) {
        this.workspace = workspace;
        this.checks = new CheckService(workspace);
    }

    /** The report being prepared for a case, its pre-check and the dossier. */
    public record Draft(Dossier dossier, TypicalCase typical, boolean stored, String level, String unit,
                        List<Qualification.Check> checks) {
        public boolean qualified() {
            return Qualification.passed(checks);
        }
    }

    /** A drafter with the workspace's library and the benchmark that applies to the case (none: the officer fills it in). */
    private TypicalCaseDrafter drafter(Dossier d) {
        org.jrw.logic.checks.CheckConfig cfg = CheckService.configFor(workspace);
        return new TypicalCaseDrafter(new org.jrw.logic.law.CitationResolver(org.jrw.logic.law.LawImports.library(workspace)),
                new org.jrw.logic.checks.Benchmark(cfg.benchmarkFor(cfg.place(d.caseInfo()),
                        org.jrw.logic.checks.CheckContext.relevantDay(d))));
    }

    public Draft draft(String caseRef) {
        CheckService.Result r = checks.check(caseRef);
        Dossier d = r.dossier();
        var row = workspace.db().withConnection(c -> EvaluationDao.typical(c, d.caseId()));
        TypicalCase t = row.map(x -> TypicalCase.fromMap(Json.readMap(x.fieldsJson())))
                .orElseGet(() -> drafter(d).draft(d));
        String unit = row.map(EvaluationDao.TypicalRow::unit).orElse(d.caseInfo().agency());
        String level = row.map(EvaluationDao.TypicalRow::level).orElse(Dashboard.levelOf(d.caseInfo().agency()).name());
        return new Draft(d, t, row.isPresent(), level, unit, Qualification.run(t, d, r.findings(), resolver));
    }

    /** Re-runs the pre-check on edited fields. */
    public List<Qualification.Check> precheck(Draft base, TypicalCase edited) {
        return Qualification.run(edited, base.dossier(), checks.check(base.dossier().caseId()).findings(), resolver);
    }

    public void save(String caseId, TypicalCase t, String status) {
        String json = Json.write(t.toMap());
        String now = Timestamps.now();
        var before = workspace.db().withConnection(c -> EvaluationDao.typical(c, caseId));
        String level = before.map(EvaluationDao.TypicalRow::level).orElse(null);
        String unit = before.map(EvaluationDao.TypicalRow::unit).orElse(null);
        String reported = "reported".equals(status) ? LocalDate.now().toString()
                : before.map(EvaluationDao.TypicalRow::reportedOn).orElse(null);
        String st = "reported".equals(status) || reported != null ? "reported" : "draft";
        workspace.db().inTransaction(c -> {
            EvaluationDao.saveTypical(c, new EvaluationDao.TypicalRow(caseId, json, level, unit, st, now, reported));
            AuditDao.append(c, Audit.entry("typical.save", caseId, List.of(caseId),
                    before.map(x -> org.jrw.persistence.Vault.hash(x.fieldsJson().getBytes(java.nio.charset.StandardCharsets.UTF_8))).orElse(null),
                    org.jrw.persistence.Vault.hash(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Map.of("status", st)));
            return null;
        });
        Audit.writeHead(workspace);
    }

    /**
     * Exports the report as DOCX or PDF (by the file's extension). Refused when the pre-check
     * fails and {@code force} is false. Records the report as reported (报送) when it passed.
     */
    public Draft export(String caseRef, TypicalCase edited, Path out, boolean force) {
        Draft d = draft(caseRef);
        TypicalCase t = edited == null ? d.typical() : edited;
        List<Qualification.Check> pre = edited == null ? d.checks() : precheck(d, t);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".pdf")) {
            throw new BadInputException("typical.format", out.toString());
        }
        if (!Qualification.passed(pre) && !force) {
            throw new BadInputException("typical.notQualified", String.join("；", pre.stream().filter(x -> !x.passed())
                    .map(x -> x.label() + (x.detail().isBlank() ? "" : "（" + x.detail() + "）")).toList()));
        }
        if (name.endsWith(".docx")) {
            TypicalCaseDocx.write(t, d.unit(), out);
        } else {
            EvaluationDocuments.writePdf(EvaluationDocuments.typical(t, d.unit()), out);
        }
        if (!workspace.readOnly()) {
            save(d.dossier().caseId(), t, Qualification.passed(pre) ? "reported" : "draft");
        }
        return new Draft(d.dossier(), t, true, d.level(), d.unit(), pre);
    }
}
