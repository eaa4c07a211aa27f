package org.jrw.logic.checks;

import java.util.List;
import org.jrw.logic.dossier.DossierService;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.persistence.Workspace;

/** The legality review of a case in a workspace: loads the dossier and runs every check, verifying files in the vault. */
public final class CheckService {
    private final Workspace workspace;
    private final LegalityChecker checker;

    public CheckService(Workspace workspace) {
        this(workspace, new LegalityChecker(org.jrw.logic.law.LawImports.library(workspace),
                org.jrw.logic.law.PenaltyTable.builtIn(), configFor(workspace)));
    }

    /**
     * The check configuration of a workspace: the built-in national rules, its bureau's jurisdiction
     * and the rule sources it imported (ADR 0070).
     */
    public static CheckConfig configFor(Workspace workspace) {
        return workspace.db().withConnection(c -> {
            org.jrw.logic.jurisdiction.Region ws = org.jrw.persistence.RuleSourceDao
                    .setting(c, org.jrw.persistence.RuleSourceDao.JURISDICTION)
                    .map(org.jrw.logic.jurisdiction.Region::parse).orElse(org.jrw.logic.jurisdiction.Region.NATIONAL);
            List<org.jrw.logic.jurisdiction.RuleSource> sources = new java.util.ArrayList<>();
            for (org.jrw.persistence.RuleSourceDao.Row r : org.jrw.persistence.RuleSourceDao.all(c)) {
                sources.add(source(r));
            }
            return CheckConfig.builtIn().forWorkspace(ws, sources);
        });
    }

    /** An imported rule source as stored. */
    public static org.jrw.logic.jurisdiction.RuleSource source(org.jrw.persistence.RuleSourceDao.Row r) {
        try {
            return new org.jrw.logic.jurisdiction.RuleSource(r.id(), r.kind(), r.name(),
                    org.jrw.logic.jurisdiction.Region.parse(r.jurisdiction()), java.time.LocalDate.parse(r.effectiveFrom()),
                    r.effectiveTo() == null ? null : java.time.LocalDate.parse(r.effectiveTo()), r.origin(), false,
                    org.jrw.codec.Json.parse(r.content()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public CheckService(Workspace workspace, LegalityChecker checker) {
        this.workspace = workspace;
        this.checker = checker;
    }

    /** The result of checking a case, with the notes on rule sources not configured for its place and day. */
    public record Result(Dossier dossier, List<Finding> findings, List<String> notes) {
        public Result(Dossier dossier, List<Finding> findings) {
            this(dossier, findings, List.of());
        }
    }

    public Result check(String caseRef) {
        Dossier d = new DossierService(workspace).load(caseRef);
        LegalityChecker.Review r = checker.review(d, (sha, file) -> workspace.vault().verify(sha));
        return new Result(d, r.findings(), r.notes());
    }
}
