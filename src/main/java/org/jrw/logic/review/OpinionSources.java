package org.jrw.logic.review;

import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.model.Dossier;
import org.jrw.persistence.Workspace;

/**
 * What an opinion draws on (split from {@link ReviewService}): the case's legality findings, the law
 * library, the penalty table, the benchmark, and the precedents as the opinion cites them.
 */
final class OpinionSources {
    private OpinionSources() {
    }

    /**
     * A precedent as the opinion cites it: publisher, what happened, the penalty basis, the fine and,
     * last and labelled, its number in the precedent library ({@code 某应急管理局：…（依据…；罚款20000元；
     * 案例库编号CASE-003）}), never a bare code leading the sentence; when the workspace does not hold it
     * (or cannot read it), {@code 典型案例（案例库编号CASE-404）}.
     */
    static String describePrecedent(Workspace workspace, String id) {
        var row = workspace.db().withConnection(c -> org.jrw.persistence.PrecedentDao.find(c, id));
        if (row.isEmpty()) {
            return Messages.get("fixes.precedent.unknown", id);
        }
        org.jrw.model.PrecedentRecord p;
        try {
            p = org.jrw.logic.search.PrecedentCodec.read(row.get().record());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(OpinionSources.class).warn("precedent {} unreadable; cited by its id", id, e);
            return Messages.get("fixes.precedent.unknown", id);
        }
        String facts = p.facts() == null ? "" : p.facts().strip();
        if (facts.length() > 60) {
            facts = facts.substring(0, 60) + "…";
        }
        StringBuilder sb = new StringBuilder();
        if (p.publisher() != null && !p.publisher().isBlank()) {
            sb.append(p.publisher().strip().split("[;；]", 2)[0]).append("：");
        }
        sb.append(facts);
        List<String> basis = new java.util.ArrayList<>();
        if (p.penaltyBasis() != null && !p.penaltyBasis().isBlank()) {
            basis.add("依据" + p.penaltyBasis().strip());
        }
        java.math.BigDecimal fine = p.penaltyUnitYuan() != null ? p.penaltyUnitYuan() : p.penaltyPersonYuan();
        if (fine != null) {
            basis.add("罚款" + fine.stripTrailingZeros().toPlainString() + "元");
        }
        basis.add(Messages.get("fixes.precedent.number", id));
        sb.append("（").append(String.join("；", basis)).append("）");
        return sb.toString();
    }

    /** What the opinion draws on: the case's legality findings, the law library, penalty table, benchmark. */
    static OpinionContent.Sources of(Workspace workspace, Dossier d) {
        List<org.jrw.model.Finding> findings;
        try {
            findings = new org.jrw.logic.checks.CheckService(workspace).check(d.caseId()).findings();
        } catch (RuntimeException e) {
            findings = null; // the opinion says the checks could not run, never that they found nothing
        }
        // the benchmark the checks apply: imported for the case's place and in force on its decision day (the
        // built-in file holds only other places' samples, which the opinion never cites), and the library with
        // the workspace's imported texts — so the opinion never says "no benchmark" where a finding cites one
        org.jrw.logic.checks.CheckConfig cfg = org.jrw.logic.checks.CheckService.configFor(workspace);
        return new OpinionContent.Sources(findings,
                new org.jrw.logic.law.CitationResolver(org.jrw.logic.law.LawImports.library(workspace)),
                org.jrw.logic.law.PenaltyTable.builtIn(),
                new org.jrw.logic.checks.Benchmark(cfg.benchmarkFor(cfg.place(d.caseInfo()),
                        org.jrw.logic.checks.CheckContext.relevantDay(d))),
                id -> describePrecedent(workspace, id));
    }
}
