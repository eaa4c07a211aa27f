package org.jrw.logic.search;

import java.math.BigDecimal;
import java.util.List;

/**
 * One search result, as in the command line's {@code Hit} ({@code spec/cli.md}) plus what the
 * screens show: source link, publisher, date, person fine, transferred flag, canonical
 * provisions and why it matched (shared terms and shared provisions).
 */
public record Hit(String id, String title, float score, String industry, String region, Integer year,
                  String violationBasis, String penaltyBasis, BigDecimal penaltyUnitYuan, List<String> highlights,
                  String sourceUrl, String publisher, String date, BigDecimal penaltyPersonYuan, Boolean transferred,
                  String facts, List<String> provisions, List<String> matchedTerms, List<String> sharedProvisions) {
}
