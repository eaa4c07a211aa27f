package org.jrw.logic.law;

/**
 * One fine tier of a penalty provision: who is fined ({@code target}), under which condition
 * ({@code condition}), the range in yuan, or a percentage of the previous year's income, or a
 * multiple of the illegal gain or of the base fine; {@code text} quotes the article's own words.
 * {@code of} names the amount a percentage or a base multiple is taken of when it is not the
 * default (percentages: 上一年年收入; base multiples: the previous paragraph's fine), e.g.
 * {@link #CONTRACT_PRICE} or {@link #MISAPPROPRIATED_FUNDS}. Absent bounds are null.
 */
public record PenaltyTier(String target, String condition, Long minYuan, Long maxYuan, Integer minPercent,
                          Integer maxPercent, Integer gainMultipleMin, Integer gainMultipleMax,
                          Integer baseMultipleMin, Integer baseMultipleMax, String of, String text) {

    /** The 生产经营单位, 机构 or other organisation. */
    public static final String UNIT = "UNIT";
    /** A natural person fined as such (个人, 检验检测人员). */
    public static final String INDIVIDUAL = "INDIVIDUAL";
    /** Whoever commits the act: the article names no unit or person (违反本法规定…的，处…罚款). */
    public static final String ANY = "ANY";
    public static final String BASE = "BASE";
    public static final String UNCORRECTED = "UNCORRECTED";
    public static final String REFUSED = "REFUSED";
    public static final String ACCIDENT = "ACCIDENT";
    public static final String ALT = "ALT";
    public static final String GAIN_BELOW_100K = "GAIN_BELOW_100K";
    public static final String GAIN_FROM_100K = "GAIN_FROM_100K";
    /** {@code of}: the contract price (合同价款). */
    public static final String CONTRACT_PRICE = "CONTRACT_PRICE";
    /** {@code of}: the funds misappropriated (挪用费用). */
    public static final String MISAPPROPRIATED_FUNDS = "MISAPPROPRIATED_FUNDS";

    public boolean isFixed() {
        return maxYuan != null;
    }

    /** A percentage of the party's previous-year income (上一年年收入). */
    public boolean isIncomeBased() {
        return maxPercent != null && of == null;
    }

    public boolean forUnit() {
        return UNIT.equals(target);
    }

    /** Whether the tier fines a party of this kind: UNIT tiers units, ANY both, the others natural persons. */
    public boolean appliesTo(boolean unit) {
        return ANY.equals(target) || forUnit() == unit;
    }

    /** The same tier under another condition (a provision that applies another's fines in a given case). */
    public PenaltyTier withCondition(String c) {
        return new PenaltyTier(target, c, minYuan, maxYuan, minPercent, maxPercent, gainMultipleMin, gainMultipleMax,
                baseMultipleMin, baseMultipleMax, of, text);
    }
}
