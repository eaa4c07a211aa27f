package org.jrw.logic.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccidentConsequencesTest {
    private static AccidentConsequences of(String facts) {
        return AccidentConsequences.of(facts);
    }

    @Test
    void deathsInTheWordingsInvestigatorsUse() {
        assertThat(of("发生起重伤害事故，造成2人死亡、1人重伤，直接经济损失300万元。"))
                .isEqualTo(new AccidentConsequences(2, 1, 3_000_000));
        assertThat(of("致1名作业人员当场死亡").deaths()).isEqualTo(1);
        assertThat(of("事故造成两人死亡").deaths()).isEqualTo(2);
        assertThat(of("死亡三人，重伤4人").deaths()).isEqualTo(3);
        assertThat(of("死亡三人，重伤4人").seriousInjuries()).isEqualTo(4);
        assertThat(of("一名工人经抢救无效死亡").deaths()).isEqualTo(1);
        assertThat(of("３人遇难").deaths()).isEqualTo(3);
        assertThat(of("七人受伤，其中二人重伤").seriousInjuries()).isEqualTo(2);
    }

    @Test
    void lossInYuanWanAndChineseNumerals() {
        assertThat(of("直接经济损失约120.5万元").directLossYuan()).isEqualTo(1_205_000);
        assertThat(of("直接经济损失达300余万元").directLossYuan()).isEqualTo(3_000_000);
        assertThat(of("直接经济损失八十万元").directLossYuan()).isEqualTo(800_000);
        assertThat(of("直接经济损失共计56800元").directLossYuan()).isEqualTo(56_800);
        assertThat(of("直接经济损失1.2亿元").directLossYuan()).isEqualTo(120_000_000);
    }

    @Test
    void noneStatedIsZero() {
        assertThat(of("未造成人员伤亡")).isEqualTo(AccidentConsequences.NONE);
        assertThat(of("该公司1年内发生死亡事故的风险较高")).isEqualTo(AccidentConsequences.NONE);
        assertThat(of("造成3人受伤、1人轻伤")).isEqualTo(AccidentConsequences.NONE);
        assertThat(of("该公司安排1名未取得熔化焊接与热切割作业操作证的员工从事电焊作业。"))
                .isEqualTo(AccidentConsequences.NONE);
        assertThat(of(null)).isEqualTo(AccidentConsequences.NONE);
    }

    @Test
    void describesOnlyWhatWasStated() {
        assertThat(new AccidentConsequences(2, 0, 3_000_000).describe()).isEqualTo("死亡2人、直接经济损失300万元");
        assertThat(new AccidentConsequences(0, 3, 0).describe()).isEqualTo("重伤3人");
    }
}
