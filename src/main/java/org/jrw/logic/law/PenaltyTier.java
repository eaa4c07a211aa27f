package org.jrw.logic.law;

/**
 * One fine tier of a penalty provision: who is fined ({@code target}), under which condition
 * ({@code condition}), the range in yuan, or a percentage of the previous year's income, or a
 * multiple of the illegal gain or of the base fine; {@code text} quotes the article's own words.
 * Absent bounds are null.
 */
public record PenaltyTier(String target, String condition, Long minYuan, Long maxYuan, Integer minPercent,
                          Integer maxPercent, Integer gainMultipleMin, Integer gainMultipleMax,
                          Integer baseMultipleMin, Integer baseMultipleMax, String text) {

    public static final String UNIT = "UNIT";
    public static final String BASE = "BASE";
    public static final String UNCORRECTED = "UNCORRECTED";
    public static final String REFUSED = "REFUSED";
    public static final String ACCIDENT = "ACCIDENT";
    public static final String ALT = "ALT";
    public static final String GAIN_BELOW_100K = "GAIN_BELOW_100K";
    public static final String GAIN_FROM_100K = "GAIN_FROM_100K";

    public boolean isFixed() {
        return maxYuan != null;
    }

    public boolean isIncomeBased() {
        return maxPercent != null;
    }

    public boolean forUnit() {
        return UNIT.equals(target);
    }
}
