package org.jrw.logic.search;

import java.util.List;

/**
 * A precedent search: the query text (AND by default, {@code "phrases"}, {@code -exclusions},
 * field prefixes such as {@code 行业:工贸}, {@code 地区:浙江}, {@code 年份:2023}, {@code 条款:97条7项},
 * {@code 移送:是}), filters, sort, paging and an optional earlier query to search within.
 */
public record SearchQuery(String text, String industry, String region, String provision, Integer year,
                          Long minFineYuan, Long maxFineYuan, Boolean transferred, Sort sort, int limit,
                          List<String> within, Variant variant) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 1000;

    public enum Sort { RELEVANCE, DATE, AMOUNT }

    /**
     * How free text is matched. {@link #COMBINED_SYNONYMS} ships; the others exist for the
     * analyzer evaluation ({@code docs/decisions/0020-chinese-analysis.md}).
     */
    public enum Variant { BIGRAM, SMARTCN, COMBINED, COMBINED_SYNONYMS }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, Sort.RELEVANCE, DEFAULT_LIMIT,
                List.of(), Variant.COMBINED_SYNONYMS);
    }

    public SearchQuery withFilters(String industry, String region, String provision) {
        return new SearchQuery(text, industry, region, provision, year, minFineYuan, maxFineYuan, transferred, sort,
                limit, within, variant);
    }

    public SearchQuery withLimit(int n) {
        return new SearchQuery(text, industry, region, provision, year, minFineYuan, maxFineYuan, transferred, sort,
                n, within, variant);
    }

    public SearchQuery withSort(Sort s) {
        return new SearchQuery(text, industry, region, provision, year, minFineYuan, maxFineYuan, transferred, s,
                limit, within, variant);
    }

    public SearchQuery withVariant(Variant v) {
        return new SearchQuery(text, industry, region, provision, year, minFineYuan, maxFineYuan, transferred, sort,
                limit, within, v);
    }

    public SearchQuery withYear(Integer y) {
        return new SearchQuery(text, industry, region, provision, y, minFineYuan, maxFineYuan, transferred, sort,
                limit, within, variant);
    }

    public SearchQuery withFine(Long min, Long max) {
        return new SearchQuery(text, industry, region, provision, year, min, max, transferred, sort, limit, within,
                variant);
    }

    public SearchQuery withTransferred(Boolean t) {
        return new SearchQuery(text, industry, region, provision, year, minFineYuan, maxFineYuan, t, sort, limit,
                within, variant);
    }

    /** Search within the results of earlier queries: each must match too. */
    public SearchQuery within(List<String> earlier) {
        return new SearchQuery(text, industry, region, provision, year, minFineYuan, maxFineYuan, transferred, sort,
                limit, List.copyOf(earlier), variant);
    }
}
