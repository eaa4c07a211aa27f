package org.jrw.logic.search;

import org.jrw.model.PrecedentRecord;

/** The mark of the bureau's own decisions among the precedents (本局案例, ADR 0103). */
public final class BureauCases {
    /** Precedent-record field (an extension of the JSON Lines format) marking a bureau's own decision. */
    public static final String FIELD = "bureau_case";

    private BureauCases() {
    }

    public static boolean isBureauCase(PrecedentRecord r) {
        return r.extra() != null && Boolean.TRUE.equals(r.extra().get(FIELD));
    }
}
