package org.jrw.logic.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.jrw.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Steps before a decision on the demo dossier: 法制审核 after a hearing report, the sanction a
 * collective discussion is named by, the hearing threshold when several parties are fined, the
 * confiscation 第一百零三条 makes mandatory, an aggravating circumstance against 首违不罚, and
 * what counts as an approved extension of the case period.
 */
class DecisionStepsTest {
    private static final LegalityChecker CHECKER = new LegalityChecker();

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static List<Finding> run(LegalityChecker c, String code, Consumer<ObjectNode> change) {
        return LegalityCheckerTest.findings(c, code, change);
    }

    private static ObjectNode add(ObjectNode m, String id, String type, String title, String date) {
        ObjectNode d = ((ArrayNode) m.get("documents")).addObject().put("id", id).put("type", type);
        if (title != null) {
            d.put("title", title);
        }
        if (date != null) {
            d.put("date", date);
        }
        return d;
    }

    @Test
    void aHearingReportBeforeTheDecisionCallsForALegalReviewBeforeItToo() {
        List<Finding> f = run(CHECKER, "LEGAL_REVIEW_MISSING", m -> {
            add(m, "d20", "HEARING_REPORT", "听证会报告书", "2024-04-14");
            LegalityCheckerTest.doc(m, "d09").put("date", "2024-04-17");
        });
        assertThat(f).hasSize(1);
        assertThat(f.get(0).basis()).isEqualTo("《中华人民共和国行政处罚法》第五十八条第一款第（二）项");
        assertThat(f.get(0).message()).startsWith("案件经过听证程序，应当在作出决定前进行法制审核");
        assertThat(run(CHECKER, "LEGAL_REVIEW_MISSING", m -> add(m, "d20", "HEARING_REPORT", "听证会报告书", "2024-04-14")))
                .as("the demo's review of 04-10 precedes the decision").isEmpty();
    }

    @Test
    void aDiscussionIsAskedForByTheFirstHeavySanctionProposed() {
        List<Finding> f = run(CHECKER, "COLLECTIVE_DISCUSSION_MISSING", m -> {
            ArrayNode other = (ArrayNode) LegalityCheckerTest.violation(m).with("proposed").putArray("other");
            other.add("责令停产停业整顿一个月").add("吊销安全生产许可证");
        });
        assertThat(f).hasSize(1);
        assertThat(f.get(0).message()).startsWith("拟“责令停产停业整顿一个月”");
        assertThat(f.get(0).refs()).containsExactly("v1", "d12");
    }

    @Test
    void withSeveralPartiesFinedTheDocumentsStatedFineIsNoOnesInParticular() {
        LegalityChecker province = ApplicableRulesTest.bureau(ApplicableRulesTest.PROVINCE_HEARING);
        Consumer<ObjectNode> personFined = m -> {
            ObjectNode v2 = ((ArrayNode) m.get("violations")).addObject().put("id", "v2").put("partyId", "p2")
                    .put("facts", "张某华作为主要负责人未履行安全生产管理职责。")
                    .put("violatedProvision", "《中华人民共和国安全生产法》第二十一条")
                    .put("penaltyProvision", "《中华人民共和国安全生产法》第九十四条第一款");
            v2.putObject("proposed").put("fineYuan", 5000);
        };
        // the notice's and decision's 20 000 元 belong to the company as much as to 张某华: 5 000 元 is his
        assertThat(run(province, "HEARING_RIGHT_NOT_NOTIFIED", personFined)).isEmpty();
        // his alone, the documents' figure is his
        List<Finding> alone = run(province, "HEARING_RIGHT_NOT_NOTIFIED", m -> {
            personFined.accept(m);
            ((ArrayNode) m.get("violations")).remove(0);
        });
        assertThat(alone).hasSize(1);
        assertThat(alone.get(0).message()).contains("对张某华拟罚款 20000 元");
        assertThat(alone.get(0).refs()).containsExactly("v2", "p2");
    }

    @Test
    void anIncomeShownInTheFactsMustBeConfiscatedAndAZeroIncomeNeedNot() {
        Consumer<ObjectNode> falseReport = m -> LegalityCheckerTest.violation(m)
                .put("penaltyProvision", "《中华人民共和国安全生产法》第九十二条第二款");
        List<Finding> f = run(CHECKER, "MANDATORY_MEASURE_MISSING", m -> {
            falseReport.accept(m);
            LegalityCheckerTest.violation(m).put("facts", "该机构出具虚假安全评价报告，违法所得人民币5万元。");
            LegalityCheckerTest.violation(m).with("proposed").remove("confiscationYuan");
        });
        assertThat(f).hasSize(1);
        assertThat(f.get(0).message()).endsWith("没有“没收违法所得”");
        assertThat(run(CHECKER, "MANDATORY_MEASURE_MISSING", m -> {
            falseReport.accept(m);
            LegalityCheckerTest.violation(m).put("facts", "该机构出具虚假安全评价报告，违法所得0元。");
        })).isEmpty();
    }

    @Test
    void anAggravatingCircumstanceRulesOutNotPenalising() {
        assertThat(run(CHECKER, "NO_PENALTY_CANDIDATE", m -> { })).hasSize(1);
        assertThat(run(CHECKER, "NO_PENALTY_CANDIDATE",
                m -> LegalityCheckerTest.circ(m).putArray("aggravating").add("拒不配合调查"))).isEmpty();
    }

    @Test
    void onlyAnExtensionOfTheCasePeriodExcusesALateDecision() {
        Consumer<ObjectNode> late = m -> {
            LegalityCheckerTest.doc(m, "d12").put("date", "2024-07-01");
            add(m, "d21", "OTHER", null, "2024-06-01");
        };
        assertThat(run(CHECKER, "DECISION_OVERDUE", late)).hasSize(1);
        assertThat(run(CHECKER, "DECISION_OVERDUE", m -> {
            late.accept(m);
            add(m, "d22", "OTHER", "延长整改时间通知书", "2024-06-01");
        })).as("an extension of the time to rectify is not one of the case period").hasSize(1);
        assertThat(run(CHECKER, "DECISION_OVERDUE", m -> {
            late.accept(m);
            add(m, "d22", "OTHER", "延长办案时限审批表", "2024-06-01");
        })).isEmpty();
    }

    @Test
    void aProposalWithoutFurtherMeasuresNeedsNeitherDiscussionNorHearingForThem() {
        Consumer<ObjectNode> fineOnly = m -> LegalityCheckerTest.violation(m).with("proposed").remove("other");
        assertThat(run(CHECKER, "COLLECTIVE_DISCUSSION_MISSING", fineOnly)).isEmpty();
        assertThat(run(ApplicableRulesTest.bureau(ApplicableRulesTest.PROVINCE_HEARING), "HEARING_RIGHT_NOT_NOTIFIED",
                m -> {
                    fineOnly.accept(m);
                    LegalityCheckerTest.removeDocs(m, "HEARING_RIGHTS_NOTICE");
                })).isEmpty();
    }
}
