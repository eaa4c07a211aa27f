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
 * DECISION_OVERDUE (行政处罚法第六十条): a decision made after the period counted from filing is an
 * error unless an extension was approved — by the case's {@code extensionApproved}, a document's
 * {@code extendedTo} / {@code extensionApproved}, or an approval titled 延长办案期限. The demo case is
 * filed 2024-03-14; its decision is moved to 2024-06-14, past the ninety days.
 */
class DecisionOverdueTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    /** The demo dossier with its decision made on 2024-06-14 and the later papers moved after it. */
    private static ObjectNode late() {
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.doc(m, "d12").put("date", "2024-06-14");
        LegalityCheckerTest.doc(m, "d12").put("deliveredOn", "2024-06-14");
        LegalityCheckerTest.doc(m, "d14").put("date", "2024-06-14");
        LegalityCheckerTest.doc(m, "d15").put("date", "2024-06-20");
        LegalityCheckerTest.doc(m, "d16").put("date", "2024-06-30");
        return m;
    }

    private static List<Finding> overdue(Consumer<ObjectNode> change) {
        ObjectNode m = late();
        change.accept(m);
        return LegalityCheckerTest.check(m, ALL_GOOD).stream().filter(f -> f.code().equals("DECISION_OVERDUE")).toList();
    }

    @Test
    void aLateDecisionWithoutExtensionIsAnErrorNamingBothDates() {
        List<Finding> fs = overdue(m -> { });
        assertEquals(1, fs.size(), fs.toString());
        Finding f = fs.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(List.of("d12"), f.refs());
        assertTrue(f.message().contains("2024-03-14") && f.message().contains("2024-06-14"), f.message());
        assertTrue(f.message().contains("未记录延长办案期限的批准"), f.message());
        assertTrue(f.basis().contains("第六十条"), f.basis());
    }

    @Test
    void anExtensionApprovedOnTheCaseClearsIt() {
        assertEquals(List.of(), overdue(m -> ((ObjectNode) m.get("case")).put("extensionApproved", true)));
        // recorded as "not approved" it does not
        assertEquals(1, overdue(m -> ((ObjectNode) m.get("case")).put("extensionApproved", false)).size());
    }

    @Test
    void anExtensionApprovedOnADocumentClearsIt() {
        assertEquals(List.of(), overdue(m -> LegalityCheckerTest.doc(m, "d04").withObject("/states")
                .put("extensionApproved", true)));
    }

    @Test
    void anApprovalTitledAsAnExtensionOfTheCasePeriodClearsIt() {
        assertEquals(List.of(), overdue(m -> LegalityCheckerTest.doc(m, "d16").put("title", "延长办案期限审批表")));
        assertEquals(List.of(), overdue(m -> LegalityCheckerTest.doc(m, "d16").put("title", "案件延长办理审批表")));
        // 延长 alone (e.g. a rectification period) is not an extension of the case period
        assertEquals(1, overdue(m -> LegalityCheckerTest.doc(m, "d16").put("title", "延长整改审批表")).size());
    }

    @Test
    void anInstallmentApprovalIsNotAnExtensionOfTheCasePeriod() {
        assertEquals(1, overdue(m -> {
            ObjectNode d = LegalityCheckerTest.doc(m, "d16");
            d.put("type", "INSTALLMENT_APPROVAL");
            d.put("title", "延长缴纳期限批准书");
            d.withObject("/states").put("extensionApproved", true);
        }).size());
    }

    @Test
    void anExtendedDeadlineCoversADecisionMadeByIt() {
        assertEquals(List.of(), overdue(m -> ((ObjectNode) m.get("case")).put("extendedTo", "2024-06-14")));
        assertEquals(List.of(), overdue(m -> LegalityCheckerTest.doc(m, "d04").withObject("/states")
                .put("extendedTo", "2024-07-01")));
    }

    @Test
    void aDecisionAfterTheExtendedDeadlineIsStillLate() {
        assertEquals(1, overdue(m -> ((ObjectNode) m.get("case")).put("extendedTo", "2024-06-13")).size());
        // an extension ending before the ordinary deadline does not shorten it, nor does it count as approval
        ObjectNode ok = LegalityCheckerTest.demo();
        ((ObjectNode) ok.get("case")).put("extendedTo", "2024-04-01");
        assertTrue(LegalityCheckerTest.check(ok, ALL_GOOD).stream().noneMatch(f -> f.code().equals("DECISION_OVERDUE")));
    }

    @Test
    void anUnreadableExtendedDateIsNoExtension() {
        assertEquals(1, overdue(m -> ((ObjectNode) m.get("case")).put("extendedTo", "六月底")).size());
    }

    @Test
    void withoutADecisionDateOrAFilingDateNothingIsMeasured() {
        assertEquals(List.of(), overdue(m -> LegalityCheckerTest.doc(m, "d12").remove("date")));
        // without case.filedOn the filing approval's date counts; without either there is no start
        assertEquals(1, overdue(m -> ((ObjectNode) m.get("case")).remove("filedOn")).size());
        assertEquals(List.of(), overdue(m -> {
            ((ObjectNode) m.get("case")).remove("filedOn");
            LegalityCheckerTest.doc(m, "d04").remove("date");
        }));
    }
}
