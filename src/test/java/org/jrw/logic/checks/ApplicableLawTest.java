package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jrw.i18n.Messages;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 行政处罚法 第三十七条 with the 安全生产法 held in its 2014 and 2021 versions: the law in force on
 * the violation date applies, unless the one in force at the decision is lighter.
 */
class ApplicableLawTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
        Messages.setLanguage("zh");
    }

    /** The demo moved so that the violation falls on {@code violated} (every date moves alike). */
    private static ObjectNode demoViolatedOn(String violated) {
        ObjectNode m = LegalityCheckerTest.demo();
        long days = ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 12), LocalDate.parse(violated));
        LegalityCheckerTest.shiftDates(m, (int) days);
        assertEquals(violated, m.path("case").path("violationDate").asText());
        return m;
    }

    private static void cite(ObjectNode m, String violated, String penalty) {
        LegalityCheckerTest.violation(m).put("violatedProvision", violated);
        LegalityCheckerTest.violation(m).put("penaltyProvision", penalty);
    }

    private static List<Finding> of(List<Finding> fs, String code) {
        return fs.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void a2019CaseCiting2021NumberingCitesATextNotInForce() {
        ObjectNode m = demoViolatedOn("2019-03-12"); // the demo cites 第三十条第一款 and 第九十七条第七项 (2021)
        List<Finding> fs = LegalityCheckerTest.check(m, ALL_GOOD);
        List<Finding> hits = of(fs, "PROVISION_NOT_IN_FORCE");
        assertEquals(1, hits.size(), fs.toString());
        Finding f = hits.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("第九十七条第（七）项") && f.message().contains("2021年6月10日第三次修正")
                && f.message().contains("2021-09-01"), f.message());
        assertTrue(f.basis().contains("第三十七条"), f.basis());
        assertTrue(of(fs, "PROVISION_NOT_FOUND").isEmpty(), "another version's article, not a missing one: " + fs);
    }

    /**
     * A day on which the law was in force in an edition the library does not hold (the 消防法 is
     * held only as amended in 2021; the 安全生产法 from its 2014 text): the citation cannot be
     * checked against that day's text — a note, not "not yet in force".
     */
    @Test
    void aDayBeforeTheEarliestEditionHeldIsUnverifiedNotNotInForce() {
        ObjectNode m = demoViolatedOn("2021-03-01");
        cite(m, "《中华人民共和国消防法》第二十八条", "《中华人民共和国消防法》第六十条第一款第（三）项");
        LegalityCheckerTest.violation(m).with("proposed").put("fineYuan", 20000);
        List<Finding> fs = LegalityCheckerTest.check(m, ALL_GOOD);
        assertTrue(of(fs, "PROVISION_NOT_IN_FORCE").isEmpty(), fs.toString());
        List<Finding> notes = of(fs, "PROVISION_UNVERIFIED");
        assertEquals(2, notes.size(), fs.toString());
        assertEquals(Severity.INFO, notes.get(0).severity());
        assertTrue(notes.get(0).message().contains("消防法"), notes.get(0).message());

        ObjectNode old = demoViolatedOn("2013-06-01"); // 安全生产法 of 2002/2009, not held
        cite(old, "《中华人民共和国安全生产法》第二十三条第二款", "《中华人民共和国安全生产法》第八十二条第（四）项");
        fs = LegalityCheckerTest.check(old, ALL_GOOD);
        assertTrue(of(fs, "PROVISION_NOT_IN_FORCE").isEmpty(), fs.toString());
        assertEquals(2, of(fs, "PROVISION_UNVERIFIED").size(), fs.toString());

        // before the law existed at all it is still "not in force" (生产安全事故应急条例, from 2019-04-01)
        ObjectNode before = demoViolatedOn("2018-06-01");
        cite(before, "《生产安全事故应急条例》第十二条", "《中华人民共和国安全生产法》第九十四条第七项");
        fs = LegalityCheckerTest.check(before, ALL_GOOD);
        assertEquals(1, of(fs, "PROVISION_NOT_IN_FORCE").size(), fs.toString());
    }

    @Test
    void aCorrect2019CaseCitingThe2014TextGetsNoFinding() {
        ObjectNode m = demoViolatedOn("2019-03-12");
        cite(m, "《中华人民共和国安全生产法》第二十七条第一款", "《中华人民共和国安全生产法》第九十四条第七项");
        List<Finding> fs = LegalityCheckerTest.check(m, ALL_GOOD);
        assertTrue(fs.stream().noneMatch(f -> f.severity() == Severity.ERROR), fs.toString());
        assertTrue(fs.stream().noneMatch(f -> f.severity() == Severity.WARNING
                && !f.code().equals("NO_PENALTY_CANDIDATE")), fs.toString());
        // and its statutory range is the 2014 one: 可以处五万元以下
        LegalityCheckerTest.violation(m).with("proposed").put("fineYuan", 60000);
        List<Finding> above = of(LegalityCheckerTest.check(m, ALL_GOOD), "FINE_ABOVE_STATUTORY_MAX");
        assertEquals(1, above.size());
        assertTrue(above.get(0).message().contains("50000"), above.get(0).message());
    }

    @Test
    void decidedUnderThe2021TextWhichIsNotLighter() {
        // violated 2021-08-10 (2014 text), decided 2021-09-14 (2021 text): 第九十四条第七项 became
        // 第九十七条第七项, 十万元以下 instead of 五万元以下 — not lighter, and not removed
        ObjectNode m = demoViolatedOn("2021-08-10");
        cite(m, "《中华人民共和国安全生产法》第二十七条第一款", "《中华人民共和国安全生产法》第九十四条第七项");
        List<Finding> fs = LegalityCheckerTest.check(m, ALL_GOOD);
        assertTrue(of(fs, "PROVISION_NOT_IN_FORCE").isEmpty(), fs.toString());
        assertTrue(of(fs, "PROVISION_NOT_FOUND").isEmpty(), fs.toString());
    }

    @Test
    void decidedUnderThe2021TextWhichIsLighter() {
        // 2014 第九十九条: a unit refusing to remove a hidden hazard 十万元以上五十万元以下; the 2021
        // 第一百零二条 fines the unit 五万元以下 only: the lighter new rule applies (第三十七条第二句)
        ObjectNode m = demoViolatedOn("2021-08-10");
        cite(m, "《中华人民共和国安全生产法》第三十八条第一款", "《中华人民共和国安全生产法》第九十九条");
        LegalityCheckerTest.circ(m).put("uncorrectedAfterDeadline", true);
        LegalityCheckerTest.violation(m).with("proposed").put("fineYuan", 150000);
        List<Finding> fs = LegalityCheckerTest.check(m, ALL_GOOD);
        List<Finding> hits = of(fs, "PROVISION_NOT_IN_FORCE");
        assertEquals(1, hits.size(), fs.toString());
        assertTrue(hits.get(0).message().contains("处罚较轻") && hits.get(0).message().contains("第一百零二条"),
                hits.get(0).message());
        // decided before 2021-09-01: the 2014 rule stands
        ObjectNode before = demoViolatedOn("2021-06-01");
        cite(before, "《中华人民共和国安全生产法》第三十八条第一款", "《中华人民共和国安全生产法》第九十九条");
        LegalityCheckerTest.circ(before).put("uncorrectedAfterDeadline", true);
        LegalityCheckerTest.violation(before).with("proposed").put("fineYuan", 150000);
        assertFalse(LegalityCheckerTest.codes(LegalityCheckerTest.check(before, ALL_GOOD)).contains("PROVISION_NOT_IN_FORCE"));
    }

    @Test
    void listsWrittenForThe2021NumberingDoNotMatchThe2014ArticleOfTheSameNumber() {
        // criminal-indicators.json names 安全生产法 第一百条 (2021: 未经依法批准擅自生产危险物品, 危险作业罪);
        // the 2014 第一百条 is about contracting out to unqualified units
        ObjectNode old = demoViolatedOn("2019-03-12");
        cite(old, "《中华人民共和国安全生产法》第四十六条第一款", "《中华人民共和国安全生产法》第一百条第一款");
        assertFalse(LegalityCheckerTest.codes(LegalityCheckerTest.check(old, ALL_GOOD)).contains("CRIMINAL_TRANSFER_SUGGESTED"));
        ObjectNode now = LegalityCheckerTest.demo();
        cite(now, "《中华人民共和国安全生产法》第三十九条第二款", "《中华人民共和国安全生产法》第一百条");
        assertTrue(LegalityCheckerTest.codes(LegalityCheckerTest.check(now, ALL_GOOD)).contains("CRIMINAL_TRANSFER_SUGGESTED"));
        // the sample benchmark's bands for 2021 第九十七条第七项 do not apply to a 2019 case
        ObjectNode benchmark = demoViolatedOn("2019-03-12");
        cite(benchmark, "《中华人民共和国安全生产法》第二十七条第一款", "《中华人民共和国安全生产法》第九十四条第七项");
        LegalityCheckerTest.violation(benchmark).with("proposed").put("fineYuan", 60000); // outside the 2021 bands (LegalityCheckerTest)
        assertFalse(LegalityCheckerTest.codes(LegalityCheckerTest.check(benchmark, ALL_GOOD)).contains("FINE_OUTSIDE_BENCHMARK"));
    }
}
