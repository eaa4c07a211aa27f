package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LEGAL_REVIEW_MISSING and COLLECTIVE_DISCUSSION_MISSING by each of their reasons: the bureau's
 * imported fine thresholds (at and just above the demo's 20 000 元), a case marked as needing 法制审核,
 * a 重大 sanction, and the documents' dates relative to the decision of 2024-04-16. The thresholds
 * are test fixtures standing for what a bureau imports.
 */
class DecisionProcedureTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static RuleSource thresholds(long legalReview, long collective) {
        return ApplicableRulesTest.source(RuleSource.THRESHOLDS, "陕西省西安市", "2020-01-01", null,
                "{\"values\":{\"legalReview\":{\"fineYuan\":" + legalReview + ",\"basis\":\"本机关重大执法决定法制审核目录\"},"
                        + "\"collectiveDiscussion\":{\"fineYuan\":" + collective + "}}}");
    }

    private static List<Finding> run(String code, LegalityChecker checker, Consumer<ObjectNode> change) {
        ObjectNode m = LegalityCheckerTest.demo();
        change.accept(m);
        return checker.check(org.jrw.codec.DossierCodec.read(m), ALL_GOOD).stream()
                .filter(f -> f.code().equals(code)).toList();
    }

    private static void reviewAfterDecision(ObjectNode m) {
        LegalityCheckerTest.doc(m, "d09").put("date", "2024-04-17");
    }

    // ------------------------------------------------------------ 法制审核

    @Test
    void aFineReachingTheBureausReviewThresholdNeedsAReviewBeforeTheDecision() {
        LegalityChecker bureau = ApplicableRulesTest.bureau(thresholds(20000, 0));
        assertEquals(List.of(), run("LEGAL_REVIEW_MISSING", bureau, m -> { }), "the demo's review of 04-10 precedes");
        List<Finding> f = run("LEGAL_REVIEW_MISSING", bureau, DecisionProcedureTest::reviewAfterDecision);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("本机关重大执法决定法制审核目录", f.get(0).basis());
        assertEquals(List.of("d12"), f.get(0).refs());
        assertEquals("拟罚款合计 20000 元，达到本机关法制审核标准（20000 元），应当在作出决定前进行法制审核，"
                + "但 2024-04-16 作出的处罚决定之前卷内没有法制审核意见", f.get(0).message());
    }

    @Test
    void aFineBelowTheReviewThresholdOrWithoutOneNeedsNoReview() {
        assertEquals(List.of(), run("LEGAL_REVIEW_MISSING", ApplicableRulesTest.bureau(thresholds(20001, 0)),
                DecisionProcedureTest::reviewAfterDecision));
        assertEquals(List.of(), run("LEGAL_REVIEW_MISSING", ApplicableRulesTest.bureau(),
                DecisionProcedureTest::reviewAfterDecision));
    }

    @Test
    void aCaseMarkedAsNeedingReviewNeedsOne() {
        List<Finding> f = run("LEGAL_REVIEW_MISSING", ApplicableRulesTest.bureau(), m -> {
            reviewAfterDecision(m);
            ((ObjectNode) m.get("case")).put("legalReviewRequired", true);
        });
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().startsWith("案件记录为须经法制审核（涉及重大公共利益或者疑难复杂）"), f.get(0).message());
        assertEquals("《中华人民共和国行政处罚法》第五十八条第一款", f.get(0).basis());
    }

    @Test
    void anUndatedReviewCountsAndAnUndatedDecisionIsNotMeasured() {
        LegalityChecker bureau = ApplicableRulesTest.bureau(thresholds(20000, 0));
        assertEquals(List.of(), run("LEGAL_REVIEW_MISSING", bureau, m -> LegalityCheckerTest.doc(m, "d09").remove("date")));
        assertEquals(List.of(), run("LEGAL_REVIEW_MISSING", bureau, m -> {
            reviewAfterDecision(m);
            LegalityCheckerTest.doc(m, "d12").remove("date");
        }));
        assertEquals(1, run("LEGAL_REVIEW_MISSING", bureau,
                m -> LegalityCheckerTest.removeDocs(m, "LEGAL_REVIEW")).size());
    }

    // ------------------------------------------------------------ 集体讨论

    @Test
    void aFineReachingTheBureausDiscussionThresholdNeedsADiscussion() {
        List<Finding> f = run("COLLECTIVE_DISCUSSION_MISSING", ApplicableRulesTest.bureau(thresholds(0, 20000)), m -> { });
        assertEquals(1, f.size(), f.toString());
        assertEquals(List.of("d12"), f.get(0).refs());
        assertEquals("拟“罚款合计 20000 元（本机关集体讨论标准 20000 元）”，属情节复杂或者重大违法行为的处罚，"
                + "应当由行政机关负责人集体讨论决定，但 2024-04-16 作出的处罚决定之前卷内没有集体讨论记录", f.get(0).message());
        assertEquals(List.of(), run("COLLECTIVE_DISCUSSION_MISSING", ApplicableRulesTest.bureau(thresholds(0, 20001)),
                m -> { }));
    }

    @Test
    void aDiscussionAfterTheDecisionDoesNotCount() {
        LegalityChecker bureau = ApplicableRulesTest.bureau(thresholds(0, 20000));
        assertEquals(List.of(), run("COLLECTIVE_DISCUSSION_MISSING", bureau, m -> m.withArray("documents").addObject()
                .put("id", "cd").put("type", "COLLECTIVE_DISCUSSION").put("title", "集体讨论记录").put("date", "2024-04-16")));
        assertEquals(1, run("COLLECTIVE_DISCUSSION_MISSING", bureau, m -> m.withArray("documents").addObject()
                .put("id", "cd").put("type", "COLLECTIVE_DISCUSSION").put("title", "集体讨论记录").put("date", "2024-04-17"))
                .size());
    }

    @Test
    void aRevocationNamesTheSanctionAndTheViolation() {
        List<Finding> f = run("COLLECTIVE_DISCUSSION_MISSING", ApplicableRulesTest.bureau(), m ->
                ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).withArray("other").add("吊销安全生产许可证"));
        assertEquals(1, f.size(), f.toString());
        String vid = LegalityCheckerTest.violation(LegalityCheckerTest.demo()).get("id").asText();
        assertEquals(List.of(vid, "d12"), f.get(0).refs());
        assertTrue(f.get(0).message().startsWith("拟“吊销安全生产许可证”"), f.get(0).message());
        assertEquals(List.of(), run("COLLECTIVE_DISCUSSION_MISSING", ApplicableRulesTest.bureau(), m -> {
            ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).withArray("other").add("吊销安全生产许可证");
            LegalityCheckerTest.doc(m, "d12").remove("date");
        }));
    }
}
