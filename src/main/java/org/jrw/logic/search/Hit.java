package org.jrw.logic.search;

import java.math.BigDecimal;
import java.util.List;

/**
 * One search result, as in the command line's {@code Hit} ({@code spec/cli.md}) plus what the
 * screens show: source link, publisher, date, person fine, transferred flag, canonical
 * provisions and why it matched (shared terms and shared provisions). Contract v1.1 additions:
 * {@code matchedAll} (the precedent matches every word of the query, synonyms included; false for
 * a partial match shown after them; true for a filter-only listing and for similar cases),
 * {@code duplicates} (ids of near-duplicate records of the same published case grouped under this
 * entry, ADR 0101), {@code reasons} (why a similar case is similar, in the user's words, ADR 0102)
 * and {@code bureauCase} (the bureau's own decision, 本局案例).
 */
public record Hit(String id, String title, float score, String industry, String region, Integer year,
                  String violationBasis, String penaltyBasis, BigDecimal penaltyUnitYuan, List<String> highlights,
                  String sourceUrl, String publisher, String date, BigDecimal penaltyPersonYuan, Boolean transferred,
                  String facts, List<String> provisions, List<String> matchedTerms, List<String> sharedProvisions,
                  boolean matchedAll, List<String> duplicates, List<String> reasons, boolean bureauCase) {

    /** A hit of the v1.0 fields: matches all, no duplicates, no reasons, a published case. */
    public Hit(String id, String title, float score, String industry, String region, Integer year,
               String violationBasis, String penaltyBasis, BigDecimal penaltyUnitYuan, List<String> highlights,
               String sourceUrl, String publisher, String date, BigDecimal penaltyPersonYuan, Boolean transferred,
               String facts, List<String> provisions, List<String> matchedTerms, List<String> sharedProvisions) {
        this(id, title, score, industry, region, year, violationBasis, penaltyBasis, penaltyUnitYuan, highlights,
                sourceUrl, publisher, date, penaltyPersonYuan, transferred, facts, provisions, matchedTerms,
                sharedProvisions, true, List.of(), List.of(), false);
    }

    public Hit withMatchedAll(boolean all) {
        return new Hit(id, title, score, industry, region, year, violationBasis, penaltyBasis, penaltyUnitYuan,
                highlights, sourceUrl, publisher, date, penaltyPersonYuan, transferred, facts, provisions, matchedTerms,
                sharedProvisions, all, duplicates, reasons, bureauCase);
    }

    public Hit withDuplicates(List<String> ids) {
        return new Hit(id, title, score, industry, region, year, violationBasis, penaltyBasis, penaltyUnitYuan,
                highlights, sourceUrl, publisher, date, penaltyPersonYuan, transferred, facts, provisions, matchedTerms,
                sharedProvisions, matchedAll, List.copyOf(ids), reasons, bureauCase);
    }

    public Hit withReasons(List<String> why, float newScore) {
        return new Hit(id, title, newScore, industry, region, year, violationBasis, penaltyBasis, penaltyUnitYuan,
                highlights, sourceUrl, publisher, date, penaltyPersonYuan, transferred, facts, provisions, matchedTerms,
                sharedProvisions, matchedAll, duplicates, List.copyOf(why), bureauCase);
    }

    public Hit withHighlight(List<String> hl, List<String> terms) {
        return new Hit(id, title, score, industry, region, year, violationBasis, penaltyBasis, penaltyUnitYuan,
                List.copyOf(hl), sourceUrl, publisher, date, penaltyPersonYuan, transferred, facts, provisions,
                List.copyOf(terms), sharedProvisions, matchedAll, duplicates, reasons, bureauCase);
    }
}
