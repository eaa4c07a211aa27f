package org.jrw.model.review;

import java.util.List;

/**
 * The conclusion and the recommended penalty with its discretion reasoning: the statutory range,
 * the benchmark band, mitigating and aggravating circumstances, free reasoning, and the precedents
 * cited (ids or titles). Every text may be null or empty while the panel has not decided.
 */
public record Recommendation(Conclusion conclusion, String penalty, Long fineYuan, String statutoryRange,
                             String benchmarkBand, List<String> mitigating, List<String> aggravating,
                             String reasoning, List<String> precedents) {

    public static final Recommendation NONE =
            new Recommendation(null, null, null, null, null, List.of(), List.of(), null, List.of());

    public Recommendation {
        mitigating = mitigating == null ? List.of() : List.copyOf(mitigating);
        aggravating = aggravating == null ? List.of() : List.copyOf(aggravating);
        precedents = precedents == null ? List.of() : List.copyOf(precedents);
    }
}
