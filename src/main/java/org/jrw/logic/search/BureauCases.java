package org.jrw.logic.search;

import org.jrw.model.PrecedentRecord;

/** The mark of the bureau's own decisions among the precedents (本局案例, ADR 0103). */
public final class BureauCases {
    /** Precedent-record field (an extension of the JSON Lines format) marking a bureau's own decision. */
    public static final String FIELD = "bureau_case";
    /** The decision's document number (文号), the source of a bureau's own case. */
    public static final String DECISION_NUMBER = "decision_number";
    public static final String CASE_NUMBER = "case_number";
    /** Set on import of another bureau's signed set: the signer's name and certificate fingerprint. */
    public static final String RECEIVED_FROM = "received_from";
    public static final String RECEIVED_SHA256 = "received_sha256";

    private BureauCases() {
    }

    /** A decision of a bureau (this one or, when received, another), not a published typical case. */
    public static boolean isBureauCase(PrecedentRecord r) {
        return r.extra() != null && Boolean.TRUE.equals(r.extra().get(FIELD));
    }

    /** This bureau's own decision (本局案例): a bureau case not received from elsewhere. */
    public static boolean isOwn(PrecedentRecord r) {
        return isBureauCase(r) && r.extra().get(RECEIVED_FROM) == null;
    }
}
