package org.jrw.logic.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.model.Circumstances;
import org.junit.jupiter.api.Test;

/**
 * The facts a tier condition or a crime indicator reads from a violation: accident consequences in
 * figures or Chinese numerals, the quantities a case records, and conditions with = and 以下.
 */
class FactsReadingTest {
    @Test
    void noFactsNoConsequences() {
        assertThat(AccidentConsequences.of(null)).isEqualTo(AccidentConsequences.NONE);
        assertThat(AccidentConsequences.of("  ")).isEqualTo(AccidentConsequences.NONE);
        assertThat(AccidentConsequences.NONE.describe()).isEmpty();
    }

    @Test
    void deathsAndInjuriesAreCountedOnlyWhereTheWordsNamePersons() {
        assertThat(AccidentConsequences.of("事故造成2名死亡、3名伤者重伤").deaths()).isEqualTo(2);
        assertThat(AccidentConsequences.of("事故造成2名死亡、3名伤者重伤").seriousInjuries()).isEqualTo(3);
        assertThat(AccidentConsequences.of("造成两名焊工重伤").seriousInjuries()).isEqualTo(2);
        assertThat(AccidentConsequences.of("造成1名作业人员死亡").deaths()).isEqualTo(1);
        // a period of time before 死亡 is not a count of the dead
        assertThat(AccidentConsequences.of("该企业1年内发生死亡事故").deaths()).isZero();
        assertThat(AccidentConsequences.of("1台设备重伤").seriousInjuries()).isZero();
    }

    @Test
    void theDirectLossIsReadInFiguresOrNumeralsWithItsUnit() {
        AccidentConsequences a = AccidentConsequences.of("直接经济损失一点五万元");
        assertThat(a.directLossYuan()).isEqualTo(15000);
        assertThat(a.describe()).isEqualTo("直接经济损失15000元");
        assertThat(AccidentConsequences.of("直接经济损失三点二五亿元").directLossYuan()).isEqualTo(325_000_000L);
        assertThat(AccidentConsequences.of("直接经济损失约300万元").describe()).isEqualTo("直接经济损失300万元");
        assertThat(AccidentConsequences.of("死亡2人，重伤1人，直接经济损失86.5万元").describe())
                .isEqualTo("死亡2人、重伤1人、直接经济损失865000元");
    }

    @Test
    void equalityAndAtMostConditions() {
        TierCondition eq = TierCondition.parse("违法所得=5000元");
        assertThat(eq.test(Map.of("违法所得", new BigDecimal("5000")))).isTrue();
        assertThat(eq.test(Map.of("违法所得", new BigDecimal("5001")))).isFalse();
        TierCondition le = TierCondition.parse("面积<=1200平方米");
        assertThat(le.test(Map.of("面积", new BigDecimal("1200")))).isTrue();
        assertThat(le.test(Map.of("面积", new BigDecimal("1201")))).isFalse();
        TierCondition below = TierCondition.parse("面积1200平方米以下");
        assertThat(below.test(Map.of("面积", new BigDecimal("1200")))).isTrue();
        assertThat(below.test(Map.of("面积", new BigDecimal("1300")))).isFalse();
        // a fact named twice is missing once
        assertThat(TierCondition.parse("违法所得超过1万元 或 违法所得不足100元").missing(Map.of()))
                .containsExactly("违法所得");
    }

    @Test
    void recordedQuantitiesOfKnownFactsAreRead() throws Exception {
        Circumstances c = org.jrw.codec.DossierCodec.readCircumstances(Json.parse(
                "{\"count\":3,\"quantities\":[\"面积=1200\",\"温度=30\",\"违法所得 1.2万\",\"不是数量\"]}"));
        Map<String, BigDecimal> f = TierCondition.facts(null, c, null);
        assertThat(f.get("面积")).isEqualByComparingTo("1200");
        assertThat(f.get("违法所得")).isEqualByComparingTo("12000");
        assertThat(f.get("涉及处数")).isEqualByComparingTo("3");
        assertThat(f).doesNotContainKeys("温度", "从业人员", "死亡人数");
        assertThat(TierCondition.facts(null, null, "").get("涉及处数")).isEqualByComparingTo("1");
        assertThat(TierCondition.quantities(null)).isEmpty();
        assertThat(TierCondition.quantityProblem("温度=30")).contains("温度=30");
        assertThat(TierCondition.quantityProblem("随便写")).contains("随便写");
        assertThat(TierCondition.quantityProblem(" 面积=30 ")).isEmpty();
        assertThat(List.copyOf(TierCondition.FACTS.keySet())).contains("面积", "违法所得");
    }
}
