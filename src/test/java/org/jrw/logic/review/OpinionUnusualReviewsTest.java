package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrw.logic.review.OpinionContentTest.agreeAllExcept;
import static org.jrw.logic.review.OpinionContentTest.dossier;
import static org.jrw.logic.review.OpinionContentTest.review;
import static org.jrw.logic.review.OpinionContentTest.view;

import java.util.ArrayList;
import java.util.List;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.Extra;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.junit.jupiter.api.Test;

/**
 * The opinion's wording for reviews that are not the usual unanimous one: no panel yet, a point
 * still open, an even split, everyone objecting, no conclusion, each conclusion before and after
 * the decision, and checks that could not run. Each sentence is what a legal adviser would sign.
 */
class OpinionUnusualReviewsTest {
    private static final Review NO_PANEL = new Review("c1", 1, false, List.of(), List.of(), null, null);

    private static Review twoMembers(List<MemberView> views) {
        Review full = review(views, OpinionContentTest.REC);
        return new Review("c1", 1, false, full.members().subList(0, 2),
                views.stream().filter(v -> !v.memberId().equals("m3")).toList(), full.recommendation(), null);
    }

    private static Review concluded(Conclusion c, String penalty, Long fine) {
        return review(agreeAllExcept(), new Recommendation(c, penalty, fine, null, null, List.of(), List.of(), "理由", List.of()));
    }

    @Test
    void withoutAPanelNothingIsSaidToHaveBeenReviewedAndThreeEmptySeatsAreLeft() {
        assertThat(OpinionSections.pointOpinion(NO_PANEL, ReviewPoint.FACTS)).containsExactly("联审小组尚未组成，本要点尚未审查。");
        assertThat(OpinionSections.dealtWith(NO_PANEL, ReviewPoint.LAW)).isEqualTo("尚待联审小组在“适用法律是否正确”中审查。");
        assertThat(OpinionSections.draftReason(NO_PANEL)).isEqualTo("联审小组尚未组成");
        List<OpinionPdf.Slot> slots = OpinionSections.slots(NO_PANEL);
        assertThat(slots).extracting(OpinionPdf.Slot::roleLabel).containsExactly("执法业务骨干", "法律顾问", "行业领域专家");
        assertThat(slots).extracting(OpinionPdf.Slot::name).containsOnlyNulls();
        assertThat(slots).extracting(OpinionPdf.Slot::fieldName).doesNotHaveDuplicates();
    }

    @Test
    void anEvenSplitIsReferredToTheChairNeverCalledAMajority() {
        Review r = twoMembers(agreeAllExcept(view(ReviewPoint.DISCRETION, "m2", ViewKind.OBJECT, "应当从轻处罚")));
        String p = String.join("", OpinionSections.pointOpinion(r, ReviewPoint.DISCRETION));
        assertThat(p).contains("联审成员意见分歧：1名成员认为裁量适当，1名成员有异议，未形成多数意见，提请主持人或者集体讨论决定。",
                "李律师（法律顾问）对“裁量是否适当”持保留意见：应当从轻处罚。").doesNotContain("多数成员（", "一致");
        assertThat(OpinionSections.dealtWith(r, ReviewPoint.DISCRETION)).isEqualTo("联审小组在“裁量是否适当”中审查，意见见第八部分。");
        assertThat(OpinionSections.draftReason(r)).isEqualTo("联审小组组成不全");
    }

    @Test
    void everyoneObjectingNamesNoOneInFavourAndAnAgreementWithReasonsIsQuoted() {
        Review r = review(agreeAllExcept(view(ReviewPoint.LAW, "m1", ViewKind.OBJECT, "应适用第九十九条"),
                view(ReviewPoint.LAW, "m2", ViewKind.OBJECT, "条款错误"), view(ReviewPoint.LAW, "m3", ViewKind.OBJECT, "同上")),
                OpinionContentTest.REC);
        String p = String.join("", OpinionSections.pointOpinion(r, ReviewPoint.LAW));
        assertThat(p).startsWith("经合议，多数成员（3/3）对“适用法律是否正确”有异议。").doesNotContain("认为适用法律正确");

        Review reasons = review(agreeAllExcept(view(ReviewPoint.FACTS, "m1", ViewKind.AGREE, "现场检查记录与询问笔录相互印证")),
                OpinionContentTest.REC);
        assertThat(OpinionSections.pointOpinion(reasons, ReviewPoint.FACTS))
                .contains("王建国（执法业务骨干）认为：现场检查记录与询问笔录相互印证。");
        Review emptySupplement = review(agreeAllExcept(view(ReviewPoint.FACTS, "m3", ViewKind.SUPPLEMENT, " ")),
                OpinionContentTest.REC);
        assertThat(OpinionSections.pointOpinion(emptySupplement, ReviewPoint.FACTS))
                .contains("赵工（行业领域专家）补充意见：未载明具体内容。");
        assertThat(OpinionSections.dealtWith(emptySupplement, ReviewPoint.FACTS))
                .isEqualTo("联审小组在“事实是否清楚”中审查，并提出补充意见（见第八部分）。");
    }

    @Test
    void anOpenPointIsUnderReviewAndCountedInTheDraftReason() {
        List<MemberView> views = new ArrayList<>(agreeAllExcept());
        views.removeIf(v -> v.memberId().equals("m3") && (v.point() == ReviewPoint.LAW || v.point() == ReviewPoint.FACTS));
        Review r = review(views, OpinionContentTest.REC);
        assertThat(OpinionSections.dealtWith(r, ReviewPoint.LAW)).isEqualTo("联审小组正在“适用法律是否正确”中审查。");
        assertThat(OpinionSections.draftReason(r)).isEqualTo("2项审查要点尚未审结");
        assertThat(OpinionSections.draftReason(review(agreeAllExcept(), Recommendation.NONE))).isEqualTo("尚未形成联审结论");
    }

    @Test
    void eachConclusionBeforeTheDecisionSaysWhatTheOfficeShouldDo() {
        Dossier d = dossier(false, Circumstances.NONE);
        assertThat(OpinionSections.conclusion(d, review(agreeAllExcept(), Recommendation.NONE), false))
                .containsExactly("联审小组尚未形成结论。");
        // a fine without a written penalty is spelt out; the charged party is named, never a witness
        assertThat(String.join("", OpinionSections.conclusion(d, concluded(Conclusion.APPROVE, " ", 20000L), false)))
                .contains("联审结论：同意。", "联审小组同意承办机构的处罚意见，建议对某机械有限公司给予罚款").doesNotContain("李某强");
        assertThat(String.join("", OpinionSections.conclusion(d, concluded(Conclusion.APPROVE, null, null), false)))
                .contains("联审小组同意承办机构的处罚意见。");
        assertThat(String.join("", OpinionSections.conclusion(d, concluded(Conclusion.FURTHER_INVESTIGATION, null, null),
                false))).contains("建议承办机构就本意见指出的问题补充调查后重新提请审查。");
        assertThat(String.join("", OpinionSections.conclusion(d, concluded(Conclusion.REJECT, null, null), false)))
                .contains("联审小组不同意承办机构的处罚意见");
    }

    @Test
    void eachConclusionAfterTheDecisionIsAnAfterTheFactReview() {
        Dossier d = dossier(true, Circumstances.NONE);
        assertThat(OpinionSections.afterDecision(d)).isTrue();
        assertThat(String.join("", OpinionSections.conclusion(d, concluded(Conclusion.APPROVE, null, null), true)))
                .contains("无需纠正。").doesNotContain("联审小组认同的处罚为");
        assertThat(String.join("", OpinionSections.conclusion(d, concluded(Conclusion.APPROVE, "警告", null), true)))
                .contains("无需纠正。联审小组认同的处罚为：警告。");
        assertThat(String.join("", OpinionSections.conclusion(d, concluded(Conclusion.FURTHER_INVESTIGATION, null, null),
                true))).contains("建议承办机构补充核查");
        assertThat(String.join("", OpinionSections.conclusion(d, concluded(Conclusion.REJECT, null, 5000L), true)))
                .contains("《中华人民共和国行政处罚法》", "联审小组认为适当的处罚为：罚款");
    }

    @Test
    void checksThatCouldNotRunAreNeverReportedAsNothingFound() {
        Review r = review(agreeAllExcept(), OpinionContentTest.REC);
        assertThat(OpinionSections.findings(r, null)).containsExactly("自动合法性审查未能完成，联审小组应当逐项人工审查。");
    }

    @Test
    void aPersonIsIdentifiedByIdNumberAddressAndPosition() {
        Party p = new Party("p9", PartyKind.PERSON, "陈某", null, null, "西安市碑林区某街2号", null, "610103198001011234",
                "安全员", null, Extra.NONE);
        assertThat(OpinionSections.partyLine(p)).contains("陈某", "公民身份号码：610103198001011234", "住址：西安市碑林区某街2号",
                "职务：安全员");
        Party bare = new Party("p8", PartyKind.PERSON, "周某", null, null, null, null, null, null, null, Extra.NONE);
        assertThat(OpinionSections.partyLine(bare)).doesNotContain("：，", "null", "住址");
    }
}
