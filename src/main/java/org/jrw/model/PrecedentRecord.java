package org.jrw.model;

import java.math.BigDecimal;

/**
 * One published precedent (典型执法案例) as in the precedent JSON Lines format
 * ({@code spec/dossier-package.md}, "Precedent records"). Free-text fields are kept as published;
 * {@code title} is the workbench's own field (generated when absent), {@code caseId} is set for a
 * workspace case promoted to a precedent. Fields this version does not know are kept in
 * {@code extra}, in their order, and written out again unchanged.
 */
public record PrecedentRecord(
        String id,
        String title,
        String sourceUrl,
        String publisher,
        String date,
        String region,
        String industry,
        String partyType,
        String facts,
        String violationBasis,
        String penaltyBasis,
        BigDecimal penaltyUnitYuan,
        BigDecimal penaltyPersonYuan,
        String otherSanctions,
        Boolean transferredCriminal,
        String notes,
        String caseId,
        Extra extra) {

    public PrecedentRecord withTitle(String t) {
        return new PrecedentRecord(id, t, sourceUrl, publisher, date, region, industry, partyType, facts,
                violationBasis, penaltyBasis, penaltyUnitYuan, penaltyPersonYuan, otherSanctions, transferredCriminal,
                notes, caseId, extra);
    }
}
