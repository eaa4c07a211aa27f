package org.jrw.model;

import java.util.List;

/**
 * Circumstances of a violation as recorded in the dossier. Booleans are {@code null} when the
 * dossier does not say.
 */
public record Circumstances(
        Boolean firstOffence,
        Boolean correctedInTime,
        Boolean uncorrectedAfterDeadline,
        Boolean harmfulConsequence,
        Integer count,
        List<String> mitigating,
        List<String> aggravating,
        Extra extra) {

    public static final Circumstances NONE =
            new Circumstances(null, null, null, null, null, List.of(), List.of(), Extra.NONE);

    /**
     * The optional v1.1 field {@code reducing}: grounds recorded for 减轻 (a penalty below the
     * statutory range, 行政处罚法 第三十二条). Kept in {@link #extra()} so it round-trips like every
     * optional field; {@link #mitigating()} holds the grounds for 从轻 (lighter within the range).
     */
    public static final String REDUCING_FIELD = "reducing";

    public boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** The recorded grounds for 减轻 (below the statutory range), empty when none. */
    public List<String> reducing() {
        Object v = extra == null ? null : extra.get(REDUCING_FIELD);
        if (!(v instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().filter(x -> x instanceof String s && !s.isBlank()).map(x -> ((String) x).strip()).toList();
    }

    /** These circumstances with other grounds for 减轻 (none: the field removed). */
    public Circumstances withReducing(List<String> grounds) {
        java.util.Map<String, Object> fields =
                new java.util.LinkedHashMap<>(extra == null ? java.util.Map.of() : extra.fields());
        if (grounds == null || grounds.isEmpty()) {
            fields.remove(REDUCING_FIELD);
        } else {
            fields.put(REDUCING_FIELD, List.copyOf(grounds));
        }
        return new Circumstances(firstOffence, correctedInTime, uncorrectedAfterDeadline, harmfulConsequence, count,
                mitigating, aggravating, new Extra(fields));
    }
}
