package org.jrw.model;

/** One violation: who, the facts, the violated and the penalty provision, circumstances, penalty. */
public record Violation(
        String id,
        String partyId,
        String facts,
        String violatedProvision,
        String penaltyProvision,
        Circumstances circumstances,
        ProposedPenalty proposed,
        Extra extra) {

    /** Optional v1.1 field: the act is continuing or repeated (继续或者连续状态, 行政处罚法 第三十六条第二款). */
    public static final String CONTINUING_FIELD = "continuing";
    /** Optional v1.1 field: the day a continuing or repeated act ended (absent: still going on when discovered). */
    public static final String ENDED_ON_FIELD = "endedOn";

    /** Whether the dossier records the act as continuing or repeated. Kept in {@link #extra()} to round-trip. */
    public boolean continuing() {
        return Boolean.TRUE.equals(extra == null ? null : extra.get(CONTINUING_FIELD));
    }

    /** The day a continuing or repeated act ended, if recorded and a valid ISO date. */
    public java.time.LocalDate endedOn() {
        Object v = extra == null ? null : extra.get(ENDED_ON_FIELD);
        if (!(v instanceof String s)) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            // not an ISO date: no date (the validator reports the field)
            return null;
        }
    }

    /** This violation marked continuing (or not) with the day it ended (null: removed). */
    public Violation withContinuing(boolean continuing, java.time.LocalDate endedOn) {
        java.util.Map<String, Object> fields =
                new java.util.LinkedHashMap<>(extra == null ? java.util.Map.of() : extra.fields());
        if (continuing) {
            fields.put(CONTINUING_FIELD, Boolean.TRUE);
        } else {
            fields.remove(CONTINUING_FIELD);
        }
        if (endedOn == null) {
            fields.remove(ENDED_ON_FIELD);
        } else {
            fields.put(ENDED_ON_FIELD, endedOn.toString());
        }
        return new Violation(id, partyId, facts, violatedProvision, penaltyProvision, circumstances, proposed,
                new Extra(fields));
    }
}
