package org.jrw.logic.jurisdiction;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * One source of rules the checks may apply: a discretion benchmark, a no-penalty list, a set of
 * procedural thresholds and periods, a law text or the evaluation model. It binds
 * {@code jurisdiction} (全国 for national rules) from {@code effectiveFrom} to {@code effectiveTo}
 * (inclusive; null: open) and says where it came from ({@code origin}). An {@code example} is
 * material from another place kept to show the structure and for training: it never applies to a
 * case, whatever its region.
 */
public record RuleSource(String id, String kind, String name, Region jurisdiction, LocalDate effectiveFrom,
                         LocalDate effectiveTo, String origin, boolean example, JsonNode content) {
    public static final String BENCHMARK = "benchmark";
    public static final String NO_PENALTY = "no-penalty";
    public static final String THRESHOLDS = "thresholds";
    public static final String LAW = "law";
    public static final String EVALUATION_MODEL = "evaluation-model";

    public boolean inForceOn(LocalDate day) {
        if (day == null) {
            return true;
        }
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Whether the checks may apply this source to a case at {@code place} on {@code day}. */
    public boolean appliesTo(Region place, LocalDate day) {
        return !example && jurisdiction.covers(place) && inForceOn(day);
    }
}
