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
 * STATEMENT_PERIOD_TOO_SHORT counted from service (the notice's delivery date, else its receipt, else its
 * own date); a waived statement or hearing is no period; and a hearing-rights notice (五个工作日, 第六十四条、第八十五条)
 * runs its own period unless a hearing was held. Demo: notice made and served Thu 2024-04-11,
 * decision Tue 2024-04-16.
 */
class StatementPeriodTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static List<Finding> tooShort(Consumer<ObjectNode> change) {
        ObjectNode m = LegalityCheckerTest.demo();
        change.accept(m);
        return LegalityCheckerTest.check(m, ALL_GOOD).stream()
                .filter(f -> f.code().equals("STATEMENT_PERIOD_TOO_SHORT")).toList();
    }

    @Test
    void thePeriodRunsFromTheReceiptNotFromTheNoticesDate() {
        assertEquals(List.of(), tooShort(m -> { }));
        List<Finding> f = tooShort(m -> {
            LegalityCheckerTest.doc(m, "d10").remove("deliveredOn");
            LegalityCheckerTest.doc(m, "d13").put("date", "2024-04-13");
        });
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("d10", "d12"), f.get(0).refs());
        assertTrue(f.get(0).message().startsWith("告知书于 2024-04-13 送达，") && f.get(0).message().contains("至 2024-04-16 届满")
                && f.get(0).message().contains("处罚决定却于 2024-04-16 作出"), f.get(0).message());
        // neither a delivery date nor a receipt: the notice's own date
        assertEquals(List.of(), tooShort(m -> {
            LegalityCheckerTest.doc(m, "d10").remove("deliveredOn");
            LegalityCheckerTest.removeDocs(m, "DELIVERY_RECEIPT");
        }));
        assertEquals(1, tooShort(m -> {
            LegalityCheckerTest.doc(m, "d10").remove("deliveredOn");
            LegalityCheckerTest.removeDocs(m, "DELIVERY_RECEIPT");
            LegalityCheckerTest.doc(m, "d10").put("date", "2024-04-13");
        }).size());
    }

    @Test
    void aWaivedStatementHasNoPeriod() {
        assertEquals(List.of(), tooShort(m -> {
            LegalityCheckerTest.doc(m, "d10").put("deliveredOn", "2024-04-13");
            ((ObjectNode) LegalityCheckerTest.doc(m, "d10").get("states")).put("statementWaived", true);
        }));
    }

    private static void hearingNotice(ObjectNode m) {
        m.withArray("documents").addObject().put("id", "h0").put("type", "HEARING_RIGHTS_NOTICE")
                .put("title", "听证告知书").put("date", "2024-04-11").putObject("states");
    }

    @Test
    void aHearingNoticeRunsFiveWorkingDays() {
        List<Finding> f = tooShort(StatementPeriodTest::hearingNotice);
        assertEquals(1, f.size(), f.toString());
        assertEquals(List.of("h0", "d12"), f.get(0).refs());
        assertTrue(f.get(0).message().startsWith("听证告知书于 2024-04-11 送达，") && f.get(0).message().contains("至 2024-04-18 届满"),
                f.get(0).message());
        assertTrue(f.get(0).basis().contains("第六十四条"), f.get(0).basis());
        // decided the day after the fifth working day: in time
        assertEquals(List.of(), tooShort(m -> {
            hearingNotice(m);
            LegalityCheckerTest.doc(m, "d12").put("date", "2024-04-19");
            LegalityCheckerTest.doc(m, "d12").put("deliveredOn", "2024-04-19");
            LegalityCheckerTest.doc(m, "d14").put("date", "2024-04-19");
            LegalityCheckerTest.doc(m, "d15").put("date", "2024-04-25");
        }));
    }

    @Test
    void aWaivedOrHeldHearingHasNoRequestPeriod() {
        assertEquals(List.of(), tooShort(m -> {
            hearingNotice(m);
            ((ObjectNode) m.get("documents").get(m.get("documents").size() - 1).get("states")).put("hearingWaived", true);
        }));
        assertEquals(List.of(), tooShort(m -> {
            hearingNotice(m);
            m.withArray("documents").addObject().put("id", "h1").put("type", "HEARING_RECORD").put("title", "听证笔录")
                    .put("date", "2024-04-15");
        }));
    }

    @Test
    void anUndatedDecisionIsNotMeasured() {
        assertEquals(List.of(), tooShort(m -> {
            hearingNotice(m);
            LegalityCheckerTest.doc(m, "d10").put("deliveredOn", "2024-04-13");
            LegalityCheckerTest.doc(m, "d12").remove("date");
        }));
    }
}
