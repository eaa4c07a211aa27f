package org.jrw.logic.search;

import java.util.ArrayList;
import java.util.List;
import org.jrw.model.PrecedentRecord;
import org.jrw.logic.search.PrecedentIndex.SimilarInput;

/**
 * A candidate precedent compared with the case on its provisions (violated and penalty), its facts'
 * score and its outcome (the fine), with the reasons shown beside a similar case (ADR 0102).
 */
final class PrecedentComparison {
    private PrecedentComparison() {
    }

    /** One candidate compared with the case: the score, whether it states provision and outcome, and why. */
    record Comparison(double score, boolean complete, boolean sharesProvision, List<String> reasons) {
    }

    static Comparison compare(SimilarInput in, PrecedentRecord r, double facts) {
        List<Provision> rv = ProvisionNormalizer.parse(r.violationBasis());
        String law = rv.isEmpty() ? null : rv.get(0).law();
        List<Provision> rp = ProvisionNormalizer.parse(r.penaltyBasis(), law);
        List<String> why = new ArrayList<>();
        double penalty = match(in.penalty(), rp, why, "search2.reason.penaltyProvision");
        double violated = match(in.violated(), rv, why, "search2.reason.violatedProvision");
        double outcome = 0;
        Long fine = r.penaltyUnitYuan() != null ? Long.valueOf(r.penaltyUnitYuan().longValue())
                : r.penaltyPersonYuan() != null ? Long.valueOf(r.penaltyPersonYuan().longValue()) : null;
        if (fine != null && in.fineYuan() != null && fine > 0 && in.fineYuan() > 0) {
            double ratio = Math.min(fine, in.fineYuan()) / (double) Math.max(fine, in.fineYuan());
            outcome = ratio;
            if (ratio >= 0.3) {
                why.add(org.jrw.i18n.Messages.get("search2.reason.fine", String.valueOf(fine),
                        String.valueOf(in.fineYuan())));
            }
        }
        boolean transferred = Boolean.TRUE.equals(r.transferredCriminal());
        double transfer = 0;
        if (in.transferIndicated() && transferred) {
            transfer = 1;
            why.add(org.jrw.i18n.Messages.get("search2.reason.transfer"));
        }
        if (facts >= 0.15) {
            why.add(org.jrw.i18n.Messages.get("search2.reason.facts", Math.round(facts * 100)));
        }
        boolean complete = !rp.isEmpty() && (fine != null || transferred);
        if (rp.isEmpty() && fine == null && !transferred) {
            why.add(org.jrw.i18n.Messages.get("search2.reason.incomplete"));
        } else if (rp.isEmpty()) {
            why.add(org.jrw.i18n.Messages.get("search2.reason.noProvision"));
        } else if (!complete) {
            why.add(org.jrw.i18n.Messages.get("search2.reason.noFine"));
        }
        double score = 0.35 * facts + 0.25 * penalty + 0.2 * violated + 0.1 * outcome + 0.35 * transfer;
        return new Comparison(score, complete, penalty > 0 || violated > 0, why);
    }

    /** 1 for the same item or paragraph, 0.7 for the same article, 0 otherwise; the reason is added. */
    static double match(List<Provision> mine, List<Provision> theirs, List<String> why, String key) {
        double best = 0;
        String shown = null;
        for (Provision a : mine) {
            for (Provision b : theirs) {
                if (a.law() == null || b.law() == null || !a.law().equals(b.law())) {
                    continue;
                }
                if (a.id().equals(b.id()) && best < 1) {
                    best = 1;
                    shown = b.display();
                } else if (a.articleId().equals(b.articleId()) && best < 0.7) {
                    best = 0.7;
                    shown = new Provision(b.law(), b.article(), b.sub(), 0, 0).display();
                }
            }
        }
        if (shown != null) {
            why.add(org.jrw.i18n.Messages.get(key, shown));
        }
        return best;
    }

    /** Every indexed id (tests and diagnostics). */
}
