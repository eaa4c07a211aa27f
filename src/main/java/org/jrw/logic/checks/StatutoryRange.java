package org.jrw.logic.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jrw.logic.law.PenaltyProvision;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.logic.law.PenaltyTier;
import org.jrw.logic.law.Resolution;
import org.jrw.model.Circumstances;
import org.jrw.model.Party;
import org.jrw.model.ProposedPenalty;

/**
 * The statutory fine range of a resolved penalty provision for a party and the recorded
 * circumstances, from the law library's penalty tables ({@link PenaltyTable}): the tiers for the
 * party (the unit, or the persons the article fines; tiers of articles naming neither apply to both), the first
 * tier unless 逾期未改正 / 拒不执行 is recorded (then the higher tier), accident tiers when a harmful
 * consequence is recorded, income-based tiers when the party's income is known, gain-based tiers
 * by the confiscated illegal gain. {@code tiers} are the tiers used, for the explanation.
 */
public record StatutoryRange(long minYuan, long maxYuan, List<PenaltyTier> tiers) {

    public static Optional<StatutoryRange> of(PenaltyTable table, Resolution r, Party party, Circumstances c,
                                              ProposedPenalty proposed) {
        List<PenaltyProvision> entries = table.find(r);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        boolean unit = party == null || party.isUnit();
        List<PenaltyTier> forParty = new ArrayList<>();
        for (PenaltyProvision p : entries) {
            for (PenaltyTier t : p.tiers()) {
                if (t.appliesTo(unit)) {
                    forParty.add(t);
                }
            }
        }
        if (forParty.isEmpty()) {
            return Optional.empty();
        }
        boolean uncorrected = Boolean.TRUE.equals(c.uncorrectedAfterDeadline());
        boolean harmful = Boolean.TRUE.equals(c.harmfulConsequence());
        long gain = proposed.confiscationYuan() == null ? 0 : proposed.confiscationYuan();
        List<PenaltyTier> applicable = new ArrayList<>();
        boolean escalated = false;
        for (PenaltyTier t : forParty) {
            boolean ok = switch (t.condition()) {
                case PenaltyTier.UNCORRECTED, PenaltyTier.REFUSED -> uncorrected;
                case PenaltyTier.ACCIDENT -> harmful;
                case PenaltyTier.GAIN_FROM_100K -> gain >= 100000;
                case PenaltyTier.GAIN_BELOW_100K -> gain < 100000;
                default -> true;
            };
            if (ok) {
                applicable.add(t);
                escalated |= t.condition().equals(PenaltyTier.UNCORRECTED) || t.condition().equals(PenaltyTier.REFUSED);
            }
        }
        if (escalated) {
            applicable.removeIf(t -> t.condition().equals(PenaltyTier.BASE));
        }
        if (applicable.isEmpty()) {
            // a fine was proposed though no recorded condition opens a tier: judge against every tier
            applicable.addAll(forParty);
        }
        Long min = null;
        Long max = null;
        List<PenaltyTier> used = new ArrayList<>();
        Long income = party == null ? null : party.annualIncomeYuan();
        for (PenaltyTier t : applicable) {
            long lo;
            long hi;
            if (t.isFixed()) {
                lo = t.minYuan() == null ? 0 : t.minYuan();
                hi = t.maxYuan();
            } else if (t.isIncomeBased() && income != null) {
                lo = income * t.minPercent() / 100;
                hi = income * t.maxPercent() / 100;
            } else if (t.gainMultipleMax() != null && gain > 0) {
                lo = gain * t.gainMultipleMin();
                hi = gain * t.gainMultipleMax();
            } else {
                continue;
            }
            min = min == null ? lo : Math.min(min, lo);
            max = max == null ? hi : Math.max(max, hi);
            used.add(t);
        }
        if (max == null) {
            return Optional.empty();
        }
        return Optional.of(new StatutoryRange(min, max, List.copyOf(used)));
    }

    /** The quoted words of the tiers used, for the finding's basis. */
    public String quote() {
        return String.join("；", tiers.stream().map(PenaltyTier::text).distinct().toList());
    }
}
