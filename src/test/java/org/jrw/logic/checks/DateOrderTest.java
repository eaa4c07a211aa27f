package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DATE_ORDER_INVALID: each ordering the procedure requires, broken one at a time on the demo case
 * (violation 03-12, filed 03-14, report 04-08, review 04-10, notice 04-11, statement 04-12,
 * decision 04-16, payment 04-25, closing 05-08), names the two papers and dates that are out of order.
 */
class DateOrderTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static List<Finding> order(Consumer<ObjectNode> change) {
        ObjectNode m = LegalityCheckerTest.demo();
        change.accept(m);
        return LegalityCheckerTest.check(m, ALL_GOOD).stream().filter(f -> f.code().equals("DATE_ORDER_INVALID")).toList();
    }

    private static Finding one(Consumer<ObjectNode> change) {
        List<Finding> fs = order(change);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertTrue(fs.get(0).basis().contains("第五章第三节"), fs.get(0).basis());
        return fs.get(0);
    }

    private static ObjectNode caseOf(ObjectNode m) {
        return (ObjectNode) m.get("case");
    }

    @Test
    void theDemoIsInOrder() {
        assertEquals(List.of(), order(m -> { }));
    }

    @Test
    void discoveredBeforeTheViolationIsNamed() {
        Finding f = one(m -> caseOf(m).put("discoveredOn", "2024-03-11"));
        assertEquals("发现日期（2024-03-11）早于违法行为发生日期（2024-03-12），与办案程序的先后顺序相悖", f.message());
    }

    @Test
    void filedBeforeDiscoveryIsNamed() {
        Finding f = one(m -> caseOf(m).put("discoveredOn", "2024-03-15"));
        assertTrue(f.message().startsWith("立案日期（2024-03-14）早于发现日期（2024-03-15）"), f.message());
    }

    @Test
    void aContinuingActEndingBeforeItBeganIsNamedWithTheViolation() {
        Finding f = one(m -> LegalityCheckerTest.violation(m).put("endedOn", "2024-03-01"));
        assertTrue(f.message().startsWith("违法行为终了日期（2024-03-01）早于违法行为发生日期（2024-03-12）"), f.message());
        assertEquals(List.of(LegalityCheckerTest.violation(LegalityCheckerTest.demo()).get("id").asText()), f.refs());
    }

    @Test
    void servedBeforeItWasMade() {
        Finding f = one(m -> LegalityCheckerTest.doc(m, "d12").put("deliveredOn", "2024-04-15"));
        assertEquals(List.of("d12"), f.refs());
        assertTrue(f.message().startsWith("行政处罚决定书（送达）（2024-04-15）早于行政处罚决定书（2024-04-16）"), f.message());
    }

    @Test
    void anInvestigationReportBeforeFilingIsNamed() {
        List<Finding> fs = order(m -> LegalityCheckerTest.doc(m, "d08").put("date", "2024-03-13"));
        assertTrue(fs.stream().anyMatch(f -> f.refs().equals(List.of("d08"))
                && f.message().startsWith("案件调查终结报告（2024-03-13）早于立案日期（2024-03-14）")), fs.toString());
    }

    @Test
    void aLegalReviewAfterTheDecisionIsNamedWithBoth() {
        Finding f = one(m -> LegalityCheckerTest.doc(m, "d09").put("date", "2024-04-17"));
        assertEquals(List.of("d12", "d09"), f.refs());
        assertTrue(f.message().startsWith("行政处罚决定书（2024-04-16）早于法制审核意见书（2024-04-17）"), f.message());
    }

    @Test
    void aPaymentBeforeTheDecisionIsNamedWithBoth() {
        Finding f = one(m -> LegalityCheckerTest.doc(m, "d15").put("date", "2024-04-15"));
        assertEquals(List.of("d15", "d12"), f.refs());
        assertTrue(f.message().startsWith("罚款缴纳凭证（2024-04-15）早于行政处罚决定书（2024-04-16）"), f.message());
    }

    @Test
    void aStatementBeforeTheNoticeIsNamedWithBoth() {
        Finding f = one(m -> LegalityCheckerTest.doc(m, "d11").put("date", "2024-04-10"));
        assertEquals(List.of("d11", "d10"), f.refs());
    }

    @Test
    void aPaperDatedAfterClosingIsNamedButAnOtherPaperOrAnUndatedClosingIsNot() {
        Finding f = one(m -> LegalityCheckerTest.doc(m, "d15").put("date", "2024-05-09"));
        assertEquals(List.of("d16", "d15"), f.refs());
        assertTrue(f.message().startsWith("结案审批表（2024-05-08）早于罚款缴纳凭证（2024-05-09）"), f.message());
        assertEquals(List.of(), order(m -> {
            LegalityCheckerTest.doc(m, "d15").put("date", "2024-05-09");
            LegalityCheckerTest.doc(m, "d16").remove("date");
        }));
        assertEquals(List.of(), order(m -> {
            ObjectNode d = LegalityCheckerTest.doc(m, "d07");
            d.put("type", "OTHER");
            d.put("date", "2024-05-20");
        }));
    }

    @Test
    void undatedCaseFieldsAreNotCompared() {
        assertEquals(List.of(), order(m -> {
            caseOf(m).remove("violationDate");
            caseOf(m).put("discoveredOn", "2024-03-01");
            caseOf(m).remove("filedOn");
            LegalityCheckerTest.doc(m, "d04").remove("date");
        }));
    }
}
