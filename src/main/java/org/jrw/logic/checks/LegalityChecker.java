package org.jrw.logic.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;

/**
 * Runs every legality and completeness check on a dossier (罚不罚 · 罚多少 · 怎么罚). Each finding
 * code of the CLI contract has exactly one check. Findings come sorted: errors first, then by
 * category in the order 主体, 事实证据, 法律适用, 裁量, 程序, 文书.
 */
public final class LegalityChecker {
    private static final List<String> CATEGORIES = List.of("主体", "事实证据", "法律适用", "裁量", "程序", "文书");
    private final CitationResolver resolver;
    private final PenaltyTable penalties;
    private final CheckConfig config;
    private final List<Check> checks;

    public LegalityChecker() {
        this(LawLibrary.builtIn(), PenaltyTable.builtIn(), CheckConfig.builtIn());
    }

    public LegalityChecker(LawLibrary library, PenaltyTable penalties, CheckConfig config) {
        this.resolver = new CitationResolver(library);
        this.penalties = penalties;
        this.config = config;
        this.checks = all();
    }

    /** Every check, one per finding code. */
    public static List<Check> all() {
        return List.of(
                new SubjectChecks.CreditCode(), new SubjectChecks.IdNumber(), new SubjectChecks.Officers(),
                new LawChecks.NotFound(), new LawChecks.Unverified(), new LawChecks.NotInForce(),
                new DiscretionChecks.AboveMax(), new DiscretionChecks.BelowMin(), new DiscretionChecks.OutsideBenchmark(),
                new DiscretionChecks.NoPenalty(), new LawChecks.Limitation(),
                new ProcedureChecks.RequiredDocuments(), new ProcedureChecks.DateOrder(),
                new ProcedureChecks.StatementPeriod(), new ProcedureChecks.HearingRight(),
                new ProcedureChecks.DecisionOverdue(), new ProcedureChecks.DeliveryLate(),
                new ProcedureChecks.IncreasedAfterNotice(), new EvidenceChecks.HashMismatch(),
                new EvidenceChecks.NotLinked(), new LawChecks.CriminalTransfer(),
                new DecisionChecks.LegalReview(), new DecisionChecks.CollectiveDiscussion(),
                new DecisionChecks.MandatoryMeasure());
    }

    public List<Check> checks() {
        return checks;
    }

    public CheckConfig config() {
        return config;
    }

    public CitationResolver resolver() {
        return resolver;
    }

    /** Runs every check; {@code files} verifies stored files (null: no file check). */
    public List<Finding> check(Dossier dossier, FileVerifier files) {
        return review(dossier, files).findings();
    }

    /** The findings and the notes on rule sources not configured for the case's place and day. */
    public record Review(List<Finding> findings, List<String> notes) {
    }

    /** Runs every check, keeping the notes on missing rule sources. */
    public Review review(Dossier dossier, FileVerifier files) {
        CheckContext ctx = new CheckContext(dossier, resolver, penalties, config, files);
        List<Finding> out = new ArrayList<>();
        for (Check c : checks) {
            out.addAll(c.run(ctx));
        }
        out.sort(Comparator.comparingInt((Finding f) -> f.severity().ordinal())
                .thenComparingInt(f -> CATEGORIES.indexOf(f.category())));
        return new Review(out, ctx.notes());
    }
}
