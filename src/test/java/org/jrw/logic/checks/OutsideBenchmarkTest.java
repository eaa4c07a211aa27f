package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.jrw.codec.DossierCodec;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FINE_OUTSIDE_BENCHMARK against a benchmark a bureau imported (test fixtures): both ends of the
 * band are inside, one yuan beyond either end is a warning naming the band and the rule; no band
 * is no finding; a tier that needs an unrecorded fact says which fact in the review's notes.
 */
class OutsideBenchmarkTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static LegalityChecker.Review review(LegalityChecker checker, long fine, Integer count) {
        ObjectNode m = LegalityCheckerTest.demo();
        ((ObjectNode) LegalityCheckerTest.violation(m).get("proposed")).put("fineYuan", fine);
        if (count != null) {
            LegalityCheckerTest.circ(m).put("count", count);
        }
        return checker.review(DossierCodec.read(m), ALL_GOOD);
    }

    private static List<Finding> outside(long fine, Integer count) {
        return review(ApplicableRulesTest.bureau(ApplicableRulesTest.XIAN_BENCHMARK), fine, count).findings().stream()
                .filter(f -> f.code().equals("FINE_OUTSIDE_BENCHMARK")).toList();
    }

    @Test
    void bothEndsOfTheBandAreInside() {
        assertEquals(List.of(), outside(10000, null));
        assertEquals(List.of(), outside(30000, null));
    }

    @Test
    void oneYuanBeyondEitherEndIsAWarningNamingTheBand() {
        List<Finding> above = outside(30001, null);
        assertEquals(1, above.size(), above.toString());
        assertEquals(Severity.WARNING, above.get(0).severity());
        assertEquals("拟罚款 30001 元，不在裁量基准的档次 10000–30000 元之内（第七项 一般情形）", above.get(0).message());
        assertEquals(List.of("v1", "p1"), above.get(0).refs());
        assertTrue(above.get(0).basis().contains("第七项 一般情形"), above.get(0).basis());
        assertEquals(1, outside(9999, null).size());
    }

    @Test
    void withoutAMatchingTierThereIsNoFinding() {
        // the fixture's tier is for at most three violations
        assertEquals(List.of(), outside(60000, 4));
    }

    @Test
    void aTierNeedingAnUnrecordedFactSaysWhichInTheNotes() {
        RuleSource tiered = ApplicableRulesTest.source(RuleSource.BENCHMARK, "陕西省西安市", "2024-01-01", null,
                "{\"rules\":[{\"id\":\"g1\",\"label\":\"第七项 违法所得较大\",\"law\":\"work-safety-law\",\"article\":97,"
                        + "\"item\":7,\"when\":{\"expr\":\"违法所得1万元以上\"},\"minYuan\":50000,\"maxYuan\":100000}]}");
        LegalityChecker.Review r = review(ApplicableRulesTest.bureau(tiered), 20000, null);
        assertTrue(r.findings().stream().noneMatch(f -> f.code().equals("FINE_OUTSIDE_BENCHMARK")), r.findings().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("本地裁量基准按违法所得分档，本案未记录违法所得")),
                r.notes().toString());
    }
}
