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
 * MANDATORY_MEASURE_MISSING by the entry's condition and reach: UNCORRECTED (拒不改正) only when the
 * case records it, GAIN (违法所得) only when the facts show income, a confiscated amount proposes 没收,
 * and an entry for one paragraph reaches a citation without a paragraph only when it is marked as
 * the whole article's rule.
 */
class MandatoryMeasureConditionsTest {
    private static final FileVerifier ALL_GOOD = (sha, file) -> Optional.of(true);

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static List<Finding> missing(Consumer<ObjectNode> change) {
        ObjectNode m = LegalityCheckerTest.demo();
        change.accept(m);
        return LegalityCheckerTest.check(m, ALL_GOOD).stream()
                .filter(f -> f.code().equals("MANDATORY_MEASURE_MISSING")).toList();
    }

    private static ObjectNode proposed(ObjectNode m) {
        return (ObjectNode) LegalityCheckerTest.violation(m).get("proposed");
    }

    @Test
    void article97NeedsASuspensionOnlyWhenTheUnitRefusedToCorrect() {
        assertEquals(List.of(), missing(m -> { }), "the demo corrected in time");
        List<Finding> f = missing(m -> LegalityCheckerTest.circ(m).put("uncorrectedAfterDeadline", true));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("v1"), f.get(0).refs());
        assertTrue(f.get(0).message().startsWith("《中华人民共和国安全生产法》第九十七条规定“"), f.get(0).message());
        assertTrue(f.get(0).message().endsWith("拟作出的处罚中没有“责令停产停业整顿”"), f.get(0).message());
        assertEquals(List.of(), missing(m -> {
            LegalityCheckerTest.circ(m).put("uncorrectedAfterDeadline", true);
            proposed(m).withArray("other").add("责令停产整顿");
        }));
    }

    private static void falseReport(ObjectNode m, String facts) {
        LegalityCheckerTest.violation(m).put("penaltyProvision", "《中华人民共和国安全生产法》第九十二条第二款");
        LegalityCheckerTest.violation(m).put("facts", facts);
    }

    @Test
    void confiscationOfIncomeIsDueOnlyWhenTheFactsShowIncome() {
        assertEquals(List.of(), missing(m -> falseReport(m, "该机构出具虚假安全评价报告。")));
        List<Finding> f = missing(m -> falseReport(m, "该机构出具虚假安全评价报告，违法所得人民币5万元。"));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().startsWith("《中华人民共和国安全生产法》第九十二条第二款规定“出具虚假报告的，没收违法所得”"),
                f.get(0).message());
        assertTrue(f.get(0).message().endsWith("没有“没收违法所得”"), f.get(0).message());
        // a confiscated amount is the confiscation; a zero amount is not
        assertEquals(List.of(), missing(m -> {
            falseReport(m, "该机构出具虚假安全评价报告，违法所得人民币5万元。");
            proposed(m).put("confiscationYuan", 50000);
        }));
        assertEquals(1, missing(m -> {
            falseReport(m, "该机构出具虚假安全评价报告，违法所得人民币5万元。");
            proposed(m).put("confiscationYuan", 0);
        }).size());
    }

    @Test
    void aParagraphsEntryReachesAWholeArticleCitationOnlyWhenMarkedSo() {
        // 烟花爆竹安全管理条例 第三十六条: its first paragraph's measures are marked as the whole article's
        List<Finding> f = missing(m -> LegalityCheckerTest.violation(m)
                .put("penaltyProvision", "《烟花爆竹安全管理条例》第三十六条"));
        assertEquals(List.of("责令停止非法生产、经营活动", "没收非法生产、经营的物品及违法所得"),
                f.stream().map(x -> x.message().substring(x.message().lastIndexOf('“') + 1, x.message().length() - 1))
                        .toList(), f.toString());
        // 安全生产法 第九十二条: the first paragraph's 停业整顿 is not due under the second paragraph,
        // and without a paragraph neither paragraph's entry applies (they are not the whole article's)
        assertEquals(List.of(), missing(m -> falseReport(m, "该机构出具失实报告，违法所得人民币5万元。"))
                .stream().filter(x -> x.message().contains("停业整顿")).toList());
        assertEquals(List.of(), missing(m -> {
            falseReport(m, "该机构出具虚假报告，违法所得人民币5万元。");
            LegalityCheckerTest.violation(m).put("penaltyProvision", "《中华人民共和国安全生产法》第九十二条");
        }));
    }
}
