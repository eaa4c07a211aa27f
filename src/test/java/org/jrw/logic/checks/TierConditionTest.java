package org.jrw.logic.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.jrw.model.Circumstances;
import org.jrw.model.Extra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tier conditions as a 裁量基准 words them: parsed, validated, and tested against a case's facts. */
class TierConditionTest {
    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    private static Map<String, BigDecimal> f(Object... kv) {
        java.util.Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], new BigDecimal(String.valueOf(kv[i + 1])));
        }
        return m;
    }

    @Test
    void statuteWordingIncludesTheNumberAndSymbolsWork() {
        TierCondition c = TierCondition.parse("违法所得1万元以上且违法所得不足5万元");
        assertThat(c.test(f("违法所得", 10000))).isTrue(); // 以上 includes the number
        assertThat(c.test(f("违法所得", 49999))).isTrue();
        assertThat(c.test(f("违法所得", 50000))).isFalse(); // 不足 excludes it
        assertThat(c.test(f("违法所得", 9999))).isFalse();
        assertThat(TierCondition.parse("面积>=500").test(f("面积", 500))).isTrue();
        assertThat(TierCondition.parse("面积 ≤ 100 平方米").test(f("面积", 120))).isFalse();
        assertThat(TierCondition.parse("持续天数超过30日").test(f("持续天数", 31))).isTrue();
        assertThat(TierCondition.parse("持续天数超过30日").test(f("持续天数", 30))).isFalse();
        TierCondition either = TierCondition.parse("死亡人数>=1 或 直接经济损失100万元以上");
        assertThat(either.test(f("死亡人数", 0, "直接经济损失", 1_000_000))).isTrue();
        assertThat(either.test(f("死亡人数", 0, "直接经济损失", 999_999))).isFalse();
        assertThat(either.test(f("死亡人数", 1, "直接经济损失", 0))).isTrue();
    }

    @Test
    void aFactTheCaseDoesNotRecordLeavesTheTierUnapplied() {
        TierCondition c = TierCondition.parse("数量50箱以上");
        assertThat(c.test(f("违法所得", 1))).isFalse();
        assertThat(c.missing(f("违法所得", 1))).containsExactly("数量");
    }

    @Test
    void badConditionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> TierCondition.parse("营业额>=1万")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("“营业额”不是可用作条件的事实").hasMessageContaining("违法所得");
        assertThatThrownBy(() -> TierCondition.parse("违法所得很多")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("“违法所得很多”不是“事实 比较 数值”形式的条件");
        assertThatThrownBy(() -> TierCondition.parse("违法所得>=1万元以上")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> TierCondition.parse("违法所得1万元")).isInstanceOf(BadInputException.class);
    }

    @Test
    void factsComeFromTheRecordedQuantitiesOrTheFactsOwnWording() {
        Circumstances c = new Circumstances(true, true, false, false, 2, List.of(), List.of(),
                new Extra(Map.of(TierCondition.QUANTITIES_FIELD, List.of("面积=1200", "数量 60"))));
        Map<String, BigDecimal> facts = TierCondition.facts(null, c,
                "该公司未取得危险化学品经营许可证销售甲醇，违法所得共计1.2万元；事故造成1人死亡，直接经济损失约120.5万元。");
        assertThat(facts.get("违法所得")).isEqualByComparingTo("12000");
        assertThat(facts.get("面积")).isEqualByComparingTo("1200");
        assertThat(facts.get("数量")).isEqualByComparingTo("60");
        assertThat(facts.get("涉及处数")).isEqualByComparingTo("2");
        assertThat(facts.get("死亡人数")).isEqualByComparingTo("1");
        assertThat(facts.get("直接经济损失")).isEqualByComparingTo("1205000");
        assertThat(TierCondition.facts(null, null, "经查，当事人违法所得共计人民币8,600元。").get("违法所得"))
                .isEqualByComparingTo("8600");
        assertThat(TierCondition.facts(null, null, "该公司未取得许可销售烟花爆竹。")).doesNotContainKey("违法所得");
        assertThat(TierCondition.quantityProblem("营业额=5")).isPresent();
        assertThat(TierCondition.quantityProblem("违法所得=8600")).isEmpty();
    }
}
