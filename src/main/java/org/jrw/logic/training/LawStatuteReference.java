package org.jrw.logic.training;

import java.time.LocalDate;
import java.util.Optional;
import org.jrw.logic.checks.Benchmark;
import org.jrw.logic.checks.CheckConfig;
import org.jrw.logic.checks.StatutoryRange;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.logic.law.Resolution;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.Party;
import org.jrw.model.ProposedPenalty;

/**
 * Exercise scoring backed by the law library: article text from the {@link CitationResolver},
 * the statutory range from the penalty table ({@link StatutoryRange}, the same computation as the
 * legality checks) and the band of the discretion {@link Benchmark} for the case's region and party.
 */
public final class LawStatuteReference implements StatuteReference {
    private final CitationResolver resolver;
    private final PenaltyTable penalties;
    private final Benchmark benchmark;
    private final CaseInfo caseInfo;
    private final Party party;

    private LawStatuteReference(CaseInfo caseInfo, Party party) {
        this.resolver = new CitationResolver(LawLibrary.builtIn());
        this.penalties = PenaltyTable.builtIn();
        this.benchmark = Benchmark.withExamples(CheckConfig.builtIn().benchmarkJson());
        this.caseInfo = caseInfo;
        this.party = party;
    }

    /** For a case: the party of its first violation decides unit or person tiers and the region the benchmark layer. */
    public static LawStatuteReference forDossier(Dossier d) {
        Party p = d.violations().isEmpty() ? null : d.party(d.violations().get(0).partyId()).orElse(null);
        return new LawStatuteReference(d.caseInfo(), p);
    }

    /** The provision a citation names on a day, when the library resolves it. */
    private Optional<Resolution> found(String citation, LocalDate on) {
        if (citation == null || citation.isBlank()) {
            return Optional.empty();
        }
        Resolution r = resolver.resolve(citation, on == null ? LocalDate.now() : on);
        return r.found() ? Optional.of(r) : Optional.empty();
    }

    @Override
    public Optional<String> identify(String citation, LocalDate on) {
        return found(citation, on).map(r -> r.law().id() + "|" + r.article().number() + "-" + r.article().suffix()
                + "|" + (r.paragraph() == null ? "-" : r.paragraph().number()) + "|"
                + (r.item() == null ? "-" : r.item().number()));
    }

    @Override
    public Optional<String> articleText(String citation, LocalDate on) {
        return found(citation, on).map(r -> {
            if (r.item() != null && r.paragraph() != null && r.paragraph().text() != null
                    && !r.paragraph().text().isBlank()) {
                // an item alone does not say what follows (处十万元以下的罚款): the paragraph's lead-in first
                return r.paragraph().text().strip() + "……" + r.item().label() + r.item().text().strip();
            }
            return r.text();
        });
    }

    @Override
    public Optional<Range> statutoryRange(String penaltyProvision, Circumstances c, LocalDate on) {
        return found(penaltyProvision, on).flatMap(r -> StatutoryRange.of(penalties, r, party,
                c == null ? Circumstances.NONE : c, ProposedPenalty.NONE)
                .map(s -> new Range(s.minYuan(), s.maxYuan(), r.label())));
    }

    @Override
    public Optional<Range> benchmarkBand(String penaltyProvision, Circumstances c, LocalDate on) {
        return found(penaltyProvision, on).flatMap(r -> benchmark.band(caseInfo, r, party,
                c == null ? Circumstances.NONE : c).map(b -> new Range(b.minYuan(), b.maxYuan(), b.label())));
    }
}
