package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.junit.jupiter.api.Test;

/**
 * The machine-readable review embedded in the opinion, for unusual reviews: a split point, a point
 * a member has not spoken on, a panel without a role; and the stored recommendation read back.
 */
class ReviewJsonTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> point(Map<String, Object> json, ReviewPoint p) {
        return ((List<Map<String, Object>>) json.get("points")).stream().filter(x -> x.get("point").equals(p.name()))
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSplitPointIsDisputedAPointWithoutEveryViewIsOpenAndAMissingRoleIsNamed() {
        ReviewPoint split = ReviewPoint.values()[0];
        ReviewPoint silent = ReviewPoint.values()[1];
        List<MemberView> views = new java.util.ArrayList<>(OpinionContentTest.agreeAllExcept(
                OpinionContentTest.view(split, "m2", ViewKind.OBJECT, "罚款数额偏高，应适用从轻档次")));
        views.removeIf(v -> v.point() == silent && v.memberId().equals("m3"));
        Review r = OpinionContentTest.review(views, OpinionContentTest.REC);
        Map<String, Object> json = ReviewJson.reviewJson(OpinionContentTest.dossier(false, null), r, true);
        assertThat(json).containsEntry("draft", true).containsEntry("caseNumber", "西应急罚〔2026〕9号");
        assertThat(point(json, split)).containsEntry("disputed", true).containsEntry("open", false);
        assertThat((List<Map<String, Object>>) point(json, split).get("views"))
                .anySatisfy(v -> assertThat(v).containsEntry("member", "m2").containsEntry("view", "OBJECT")
                        .containsEntry("text", "罚款数额偏高，应适用从轻档次"));
        assertThat(point(json, silent)).containsEntry("disputed", false).containsEntry("open", true);
        assertThat((List<?>) point(json, silent).get("views")).hasSize(2);
        assertThat((List<?>) json.get("compositionProblems")).isEmpty();

        Review noExpert = new Review("c1", 2, false, r.members().subList(0, 2), views, Recommendation.NONE, null);
        Map<String, Object> j2 = ReviewJson.reviewJson(OpinionContentTest.dossier(false, null), noExpert, true);
        assertThat((List<String>) j2.get("compositionProblems")).containsExactly("review.composition.missing:行业领域专家");
        assertThat((Map<String, Object>) j2.get("recommendation")).containsEntry("conclusion", null);
        assertThat(j2).containsEntry("opinionVersion", 2);
    }

    @Test
    void theStoredRecommendationReadsBackAndNothingStoredIsNoConclusion() {
        Recommendation rec = OpinionContentTest.REC;
        assertThat(ReviewJson.readRecommendation(ReviewJson.recommendationJson(rec))).isEqualTo(rec);
        Recommendation noFine = new Recommendation(Conclusion.APPROVE_WITH_CHANGES, "警告", null, null, null, List.of(),
                List.of(), "首次违法且及时改正", List.of("CASE-001"));
        assertThat(ReviewJson.readRecommendation(ReviewJson.recommendationJson(noFine))).isEqualTo(noFine);
        for (String none : new String[] {null, "", "  ", "{}"}) {
            assertThat(ReviewJson.readRecommendation(none)).isEqualTo(Recommendation.NONE);
        }
        assertThat(ReviewJson.readRecommendation(ReviewJson.recommendationJson(null))).isEqualTo(Recommendation.NONE);
        // an unknown conclusion (a newer workbench's) reads as none reached, the rest kept
        Recommendation odd = ReviewJson.readRecommendation("{\"conclusion\":\"SOMETHING_NEW\",\"penalty\":\"警告\"}");
        assertThat(odd.conclusion()).isNull();
        assertThat(odd.penalty()).isEqualTo("警告");
    }
}
