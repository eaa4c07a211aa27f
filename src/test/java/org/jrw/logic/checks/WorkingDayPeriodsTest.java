package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.jrw.codec.DossierCodec;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Procedure periods in calendar or working days (行政处罚法 第八十五条), as the thresholds say: the
 * same dossier around 国庆 2024 is judged differently by the unit, in both directions.
 */
class WorkingDayPeriodsTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
        Messages.setLanguage("zh");
    }

    /** The builtin configuration with one period's unit changed. */
    private static LegalityChecker withUnit(String key, String unit) {
        ObjectNode t = CheckConfig.builtIn().thresholdsJson().deepCopy();
        ObjectNode entry = (ObjectNode) t.get(key);
        // a dated entry (the statement period follows the rule in force): change every version's unit
        if (entry.has("versions")) {
            entry.get("versions").forEach(v -> ((ObjectNode) v).put("unit", unit));
        } else {
            entry.put("unit", unit);
        }
        return new LegalityChecker(LawLibrary.builtIn(), PenaltyTable.builtIn(), CheckConfig.builtIn().withThresholds(t));
    }

    private static List<Finding> run(LegalityChecker checker, ObjectNode m, String code) {
        return checker.check(DossierCodec.read(m), ALL_GOOD).stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The demo moved so that the penalty notice is served on Fri 2024-09-27, before 国庆. */
    private static ObjectNode beforeNationalDay() {
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.shiftDates(m, 169);
        assertEquals("2024-09-27", LegalityCheckerTest.doc(m, "d10").path("deliveredOn").asText());
        return m;
    }

    private static void decide(ObjectNode m, String decided, String served) {
        ObjectNode d12 = LegalityCheckerTest.doc(m, "d12");
        d12.put("date", decided);
        d12.put("deliveredOn", served);
        LegalityCheckerTest.doc(m, "d14").put("date", served);
    }

    @Test
    void statementPeriodFineInCalendarDaysIsShortInWorkingDays() {
        // served Fri 09-27; decided Tue 10-08: three calendar days ended 09-30, three working days
        // (Sun 09-29 调休上班, Mon 09-30, Tue 10-08) end on the day of the decision
        ObjectNode m = beforeNationalDay();
        decide(m, "2024-10-08", "2024-10-08");
        assertTrue(run(new LegalityChecker(), m, "STATEMENT_PERIOD_TOO_SHORT").isEmpty(), "calendar days by default");
        List<Finding> short3 = run(withUnit("statementPeriodDays", "工作日"), m, "STATEMENT_PERIOD_TOO_SHORT");
        assertEquals(1, short3.size());
        assertTrue(short3.get(0).message().contains("3个工作日"), short3.get(0).message());
        assertTrue(short3.get(0).message().contains("2024-10-08"), short3.get(0).message());
        assertTrue(short3.get(0).basis().contains("第八十五条"), short3.get(0).basis());
        decide(m, "2024-10-09", "2024-10-09");
        assertTrue(run(withUnit("statementPeriodDays", "工作日"), m, "STATEMENT_PERIOD_TOO_SHORT").isEmpty());
    }

    @Test
    void theHearingRequestPeriodIsFiveWorkingDaysByDefault() {
        // hearing rights served Fri 09-27: five calendar days end 10-02, five working days 10-10
        ObjectNode m = beforeNationalDay();
        ObjectNode hearing = ((com.fasterxml.jackson.databind.node.ArrayNode) m.get("documents")).addObject();
        hearing.put("id", "d20").put("type", "HEARING_RIGHTS_NOTICE").put("title", "听证告知书")
                .put("date", "2024-09-27").put("deliveredOn", "2024-09-27");
        decide(m, "2024-10-09", "2024-10-09");
        List<Finding> hits = run(new LegalityChecker(), m, "STATEMENT_PERIOD_TOO_SHORT");
        assertEquals(1, hits.size(), hits.toString());
        assertTrue(hits.get(0).message().contains("5个工作日") && hits.get(0).message().contains("2024-10-10"),
                hits.get(0).message());
        assertTrue(run(withUnit("hearingRequestDays", "日"), m, "STATEMENT_PERIOD_TOO_SHORT").isEmpty(),
                "in calendar days the period had run out on 10-02");
        decide(m, "2024-10-11", "2024-10-11");
        assertTrue(run(new LegalityChecker(), m, "STATEMENT_PERIOD_TOO_SHORT").isEmpty());
    }

    @Test
    void serviceLateInCalendarDaysIsInTimeInWorkingDays() {
        // decided Fri 09-27, served Wed 10-09: twelve calendar days later, but on the fourth working
        // day (Sun 09-29 调休上班, Mon 09-30, 10-08, 10-09); seven working days end Sat 10-12 (调休上班)
        ObjectNode m = beforeNationalDay();
        decide(m, "2024-09-27", "2024-10-09");
        assertTrue(run(new LegalityChecker(), m, "DELIVERY_LATE").isEmpty(), "working days by default");
        List<Finding> late = run(withUnit("decisionDeliveryDays", "日"), m, "DELIVERY_LATE");
        assertEquals(1, late.size());
        assertTrue(late.get(0).message().contains("7日") && late.get(0).message().contains("2024-10-04"),
                late.get(0).message());
        decide(m, "2024-09-27", "2024-10-14");
        List<Finding> lateAnyway = run(new LegalityChecker(), m, "DELIVERY_LATE");
        assertEquals(1, lateAnyway.size());
        assertTrue(lateAnyway.get(0).message().contains("7个工作日") && lateAnyway.get(0).message().contains("2024-10-12"),
                lateAnyway.get(0).message());
        assertTrue(lateAnyway.get(0).basis().contains("第六十一条") && lateAnyway.get(0).basis().contains("第八十五条"),
                lateAnyway.get(0).basis());
    }

    @Test
    void aPeriodInAYearWithoutHolidayNoticeSaysItCountedMondayToFriday() {
        ObjectNode m = LegalityCheckerTest.demo();
        LegalityCheckerTest.shiftDates(m, 3 * 365 + 1); // 2027: no notice held
        ObjectNode d12 = LegalityCheckerTest.doc(m, "d12");
        String decided = d12.path("date").asText();
        String served = java.time.LocalDate.parse(decided).plusDays(20).toString();
        d12.put("deliveredOn", served);
        List<Finding> late = run(new LegalityChecker(), m, "DELIVERY_LATE");
        assertEquals(1, late.size());
        assertTrue(decided.startsWith("2027"), decided);
        assertTrue(late.get(0).message().contains("2027年的国务院节假日安排未收录"), late.get(0).message());
        assertFalse(run(new LegalityChecker(), LegalityCheckerTest.demo(), "DELIVERY_LATE").stream()
                .anyMatch(f -> f.message().contains("未收录")));
    }
}
