package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jrw.i18n.Messages;
import org.jrw.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statutory-range checks rest on the penalty tables of every law family: for each, a dossier
 * whose fine is above the cited provision's range gets FINE_ABOVE_STATUTORY_MAX naming that
 * provision, and a lawful one gets neither range finding.
 */
class StatutoryRangeByLawTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
        Messages.setLanguage("zh");
    }

    /** One law family's case: citations, party, circumstances, a fine above the range and a lawful one. */
    record Case(String name, String violated, String penalty, String party, Map<String, Boolean> circumstances,
                long tooHigh, long maxYuan, long lawful, String article, int shiftDays) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("消防法 单位", "《中华人民共和国消防法》第二十八条", "《中华人民共和国消防法》第六十条第一款第三项", "p1",
                        Map.of(), 60000, 50000, 20000, "第六十条", 0),
                new Case("消防法 个人", "《中华人民共和国消防法》第二十八条", "《中华人民共和国消防法》第六十条第二款", "p2",
                        Map.of(), 1000, 500, 500, "第六十条", 0),
                new Case("特种设备安全法", "《中华人民共和国特种设备安全法》第三十二条", "《中华人民共和国特种设备安全法》第八十四条第一项",
                        "p1", Map.of(), 400000, 300000, 50000, "第八十四条", 0),
                new Case("安全生产许可证条例", "《安全生产许可证条例》第二条", "《安全生产许可证条例》第十九条", "p1",
                        Map.of(), 600000, 500000, 150000, "第十九条", 0),
                new Case("安全生产许可证条例 逾期仍不办理", "《安全生产许可证条例》第二条", "《安全生产许可证条例》第二十条", "p1",
                        Map.of("uncorrectedAfterDeadline", true), 600000, 500000, 300000, "第二十条", 0),
                new Case("生产安全事故应急条例", "《生产安全事故应急条例》第七条", "《生产安全事故应急条例》第三十二条", "p1",
                        Map.of("uncorrectedAfterDeadline", true), 60000, 50000, 40000, "第三十二条", 0),
                new Case("事故报告和调查处理条例", "《生产安全事故报告和调查处理条例》第九条",
                        "《生产安全事故报告和调查处理条例》第三十七条第二项", "p1", Map.of("harmfulConsequence", true),
                        600000, 500000, 300000, "第三十七条", 0),
                new Case("建设工程安全生产管理条例", "《建设工程安全生产管理条例》第二十六条",
                        "《建设工程安全生产管理条例》第六十五条第四项", "p1", Map.of("uncorrectedAfterDeadline", true),
                        350000, 300000, 200000, "第六十五条", 0),
                // the 煤矿安全生产条例 applies from 2024-05-01: the demo's dates move two months on
                new Case("煤矿安全生产条例", "《煤矿安全生产条例》第二十五条", "《煤矿安全生产条例》第六十三条第三项", "p1",
                        Map.of(), 250000, 200000, 150000, "第六十三条", 61))
                .map(Arguments::of);
    }

    private static ObjectNode dossier(Case c, long fine) {
        ObjectNode m = LegalityCheckerTest.demo();
        ObjectNode v = LegalityCheckerTest.violation(m);
        v.put("violatedProvision", c.violated());
        v.put("penaltyProvision", c.penalty());
        v.put("partyId", c.party());
        ObjectNode circ = LegalityCheckerTest.circ(m);
        circ.putArray("mitigating");
        c.circumstances().forEach(circ::put);
        ((ObjectNode) v.get("proposed")).put("fineYuan", fine);
        if (c.shiftDays() != 0) {
            LegalityCheckerTest.shiftDates(m, c.shiftDays());
        }
        return m;
    }

    private static List<Finding> of(List<Finding> fs, String code) {
        return fs.stream().filter(f -> f.code().equals(code)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aFineAboveTheRangeIsFlaggedWithTheProvision(Case c) {
        List<Finding> fs = LegalityCheckerTest.check(dossier(c, c.tooHigh()), ALL_GOOD);
        assertTrue(of(fs, "PROVISION_NOT_FOUND").isEmpty(), fs.toString());
        assertTrue(of(fs, "PROVISION_NOT_IN_FORCE").isEmpty(), fs.toString());
        List<Finding> above = of(fs, "FINE_ABOVE_STATUTORY_MAX");
        assertEquals(1, above.size(), fs.toString());
        Finding f = above.get(0);
        assertTrue(f.basis().contains(c.article()), f.basis());
        assertTrue(f.message().contains(Long.toString(c.maxYuan())), f.message());
        assertTrue(f.refs().contains("v1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aLawfulFineGetsNoRangeFinding(Case c) {
        List<Finding> fs = LegalityCheckerTest.check(dossier(c, c.lawful()), ALL_GOOD);
        assertFalse(LegalityCheckerTest.codes(fs).contains("FINE_ABOVE_STATUTORY_MAX"), fs.toString());
        assertFalse(LegalityCheckerTest.codes(fs).contains("FINE_BELOW_STATUTORY_MIN"), fs.toString());
        assertTrue(of(fs, "PROVISION_NOT_FOUND").isEmpty(), fs.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRangeComesFromThePenaltyTable(Case c) {
        // the same dossier with the law's table removed: no range, so no range finding either
        CheckContext ctx = new CheckContext(org.jrw.codec.DossierCodec.read(dossier(c, c.tooHigh())),
                new org.jrw.logic.law.CitationResolver(org.jrw.logic.law.LawLibrary.builtIn()),
                new org.jrw.logic.law.PenaltyTable(List.of()), CheckConfig.builtIn(), null);
        assertTrue(new DiscretionChecks.AboveMax().run(ctx).isEmpty());
        CheckContext withTable = new CheckContext(org.jrw.codec.DossierCodec.read(dossier(c, c.tooHigh())),
                new org.jrw.logic.law.CitationResolver(org.jrw.logic.law.LawLibrary.builtIn()),
                org.jrw.logic.law.PenaltyTable.builtIn(), CheckConfig.builtIn(), null);
        assertEquals(1, new DiscretionChecks.AboveMax().run(withTable).size());
    }
}
