package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jrw.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * REQUIRED_DOCUMENT_MISSING by the stage the case's status and papers put it in: 拟/待 statuses are
 * tentative (拟结案 is not closed, 待决定 not decided), 归档 closes like 结案, 送达 and 执行 mean decided,
 * a decision on file means decided whatever the status, and a closed case with a fine needs a payment
 * receipt or one of its alternatives.
 */
class RequiredDocumentsByStageTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    /** The missing documents' messages, for the demo with only its filing approval and the given status. */
    private static List<String> missingWithOnlyFiling(String status, Consumer<ObjectNode> more) {
        ObjectNode m = LegalityCheckerTest.demo();
        ((ObjectNode) m.get("case")).put("status", status);
        for (String t : List.of("INVESTIGATION_REPORT", "PENALTY_NOTICE", "PENALTY_DECISION", "CLOSING_APPROVAL",
                "PAYMENT_RECEIPT")) {
            LegalityCheckerTest.removeDocs(m, t);
        }
        more.accept(m);
        return LegalityCheckerTest.check(m, ALL_GOOD).stream().filter(f -> f.code().equals("REQUIRED_DOCUMENT_MISSING"))
                .map(Finding::message).toList();
    }

    @Test
    void tentativeStatusesAreStillTheFiledStage() {
        assertEquals(List.of(), missingWithOnlyFiling("调查中", m -> { }));
        assertEquals(List.of(), missingWithOnlyFiling("拟结案", m -> { }));
        assertEquals(List.of(), missingWithOnlyFiling("待决定", m -> { }));
    }

    @Test
    void servedOrEnforcedMeansDecided() {
        List<String> expected = List.of("案件处于“已送达”阶段，卷内缺少案件调查终结报告",
                "案件处于“已送达”阶段，卷内缺少行政处罚告知书", "案件处于“已送达”阶段，卷内缺少行政处罚决定书");
        assertEquals(expected, missingWithOnlyFiling("已送达", m -> { }));
        assertEquals(3, missingWithOnlyFiling("执行中", m -> { }).size());
    }

    @Test
    void archivedMeansClosedAndAFineNeedsItsExecutionRecord() {
        List<String> msgs = missingWithOnlyFiling("已归档", m -> { });
        assertEquals(5, msgs.size(), msgs.toString());
        assertEquals("案件处于“已归档”阶段，卷内缺少结案审批表", msgs.get(3));
        assertEquals("案件处于“已归档”阶段，卷内缺少罚款缴纳凭证或强制执行申请书或延期（分期）缴纳批准书", msgs.get(4));
        // an installment approval is one of the alternatives
        assertEquals(4, missingWithOnlyFiling("已归档", m -> m.withArray("documents").addObject().put("id", "ia")
                .put("type", "INSTALLMENT_APPROVAL").put("title", "延期（分期）缴纳批准书").put("date", "2024-05-01")).size());
        // no fine proposed: no execution record needed
        assertEquals(4, missingWithOnlyFiling("已归档", m -> ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed"))
                .remove("fineYuan")).size());
    }
}
