package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrw.logic.review.OpinionContentTest.dossier;

import java.util.List;
import org.jrw.model.Circumstances;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.Recommendation;
import org.junit.jupiter.api.Test;

/** The 裁量理由 of a review after the decision (事后审查) speaks of the penalty decided, not a proposed one. */
class OpinionDecidedWordingTest {
    private static String discretion(boolean decided) {
        Recommendation r = new Recommendation(Conclusion.APPROVE, null, 20000L, null, null, List.of(), List.of(), null,
                List.of());
        return String.join("", OpinionSections.discretion(dossier(decided, Circumstances.NONE), r,
                OpinionContentTest.sources(List.of())));
    }

    @Test
    void aDecidedPenaltyIsNotCalledProposed() {
        assertThat(discretion(true)).contains("已作出的行政处罚决定为罚款").doesNotContain("拟处");
        assertThat(discretion(false)).contains("承办机构拟处罚款");
    }
}
