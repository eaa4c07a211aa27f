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

    public boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
