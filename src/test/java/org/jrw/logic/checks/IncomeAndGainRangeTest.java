package org.jrw.logic.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jrw.codec.DossierCodec;
import org.jrw.model.Finding;
import org.jrw.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statutory ranges that are not fixed amounts (安全生产法 2021): a percentage of the principal's
 * income of the previous year (第九十五条: 一般事故 40 %) and a multiple of the illegal gain
 * (第一百零三条第一款: 违法所得十万元以上 two to five times). Unknown income or gain: no range, no finding.
 */
class IncomeAndGainRangeTest {
    private static final LegalityChecker CHECKER = new LegalityChecker();

    @BeforeAll
    static void setUp() throws Exception {
        LegalityCheckerTest.readDemo();
    }

    private static List<Finding> run(Consumer<ObjectNode> change) {
        ObjectNode m = LegalityCheckerTest.demo();
        change.accept(m);
        return CHECKER.check(DossierCodec.read(m), (sha, file) -> Optional.of(true)).stream()
                .filter(f -> f.code().startsWith("FINE_") && f.code().contains("STATUTORY")).toList();
    }

    private static Consumer<ObjectNode> principal(Long income, long fine) {
        return m -> {
            ObjectNode v = LegalityCheckerTest.violation(m);
            v.put("partyId", "p2").put("penaltyProvision", "《中华人民共和国安全生产法》第九十五条第一项");
            LegalityCheckerTest.circ(m).put("harmfulConsequence", true);
            ((ObjectNode) v.get("proposed")).put("fineYuan", fine);
            if (income != null) {
                ((ObjectNode) m.get("parties").get(1)).put("annualIncomeYuan", income);
            }
        };
    }

    private static Consumer<ObjectNode> gain(long confiscated, long fine) {
        return m -> {
            ObjectNode v = LegalityCheckerTest.violation(m);
            v.put("penaltyProvision", "《中华人民共和国安全生产法》第一百零三条第一款");
            ((ObjectNode) v.get("proposed")).put("fineYuan", fine).put("confiscationYuan", confiscated);
        };
    }

    @Test
    void thePrincipalsFineAfterAnAccidentIsMeasuredByLastYearsIncome() {
        List<Finding> above = run(principal(200_000L, 100_000));
        assertThat(above).extracting(Finding::code).containsExactly("FINE_ABOVE_STATUTORY_MAX");
        assertThat(above.get(0).message()).contains("100000", "80000");
        assertThat(above.get(0).refs()).containsExactly("v1", "p2");
        List<Finding> below = run(principal(200_000L, 50_000));
        assertThat(below).extracting(Finding::code).containsExactly("FINE_BELOW_STATUTORY_MIN");
        assertThat(below.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(below.get(0).message()).contains("低于法定下限 80000 元");
        assertThat(run(principal(200_000L, 80_000))).isEmpty();
        assertThat(run(principal(null, 100_000))).as("income unknown: no range").isEmpty();
    }

    @Test
    void aFineBesideAGainOfAHundredThousandOrMoreIsTwoToFiveTimesTheGain() {
        List<Finding> below = run(gain(200_000, 300_000));
        assertThat(below).extracting(Finding::code).containsExactly("FINE_BELOW_STATUTORY_MIN");
        assertThat(below.get(0).message()).contains("低于法定下限 400000 元");
        List<Finding> above = run(gain(200_000, 1_200_000));
        assertThat(above).extracting(Finding::code).containsExactly("FINE_ABOVE_STATUTORY_MAX");
        assertThat(above.get(0).message()).contains("1000000");
        assertThat(run(gain(200_000, 600_000))).isEmpty();
        // under 十万元: the fixed tier of 十万元以上二十万元以下
        assertThat(run(gain(50_000, 150_000))).isEmpty();
        assertThat(run(gain(50_000, 250_000))).extracting(Finding::code).containsExactly("FINE_ABOVE_STATUTORY_MAX");
    }
}
