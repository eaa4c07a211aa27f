package org.jrw.logic.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fine ranges read from an article's own words (ADR 0077), on wording as regulations write it. */
class FineWordingTest {

    private static List<PenaltyTier> tiers(String text) {
        return FineWording.tiers(text).orElseThrow();
    }

    @Test
    void aPlainRangeInWanYuan() {
        List<PenaltyTier> t = tiers("生产经营单位未按照规定开展安全生产培训的，责令限期改正，处一万元以上五万元以下的罚款。");
        assertThat(t).hasSize(1);
        assertThat(t.get(0).minYuan()).isEqualTo(10000L);
        assertThat(t.get(0).maxYuan()).isEqualTo(50000L);
        assertThat(t.get(0).target()).isEqualTo(PenaltyTier.UNIT);
        assertThat(t.get(0).condition()).isEqualTo(PenaltyTier.BASE);
    }

    @Test
    void unitAndPersonTiersAndTheUncorrectedTier() {
        // 安全生产法 第九十七条 style: 可以处…以下; 逾期未改正 → higher tier with the persons' fine
        List<PenaltyTier> t = tiers("生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，"
                + "并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款：");
        assertThat(t).extracting(PenaltyTier::target, PenaltyTier::condition, PenaltyTier::minYuan, PenaltyTier::maxYuan)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PenaltyTier.UNIT, PenaltyTier.BASE, null, 100000L),
                        org.assertj.core.groups.Tuple.tuple(PenaltyTier.UNIT, PenaltyTier.UNCORRECTED, 100000L, 200000L),
                        org.assertj.core.groups.Tuple.tuple(PenaltyTier.INDIVIDUAL, PenaltyTier.UNCORRECTED, 20000L, 50000L));
    }

    @Test
    void arabicNumeralsAndExplicitUnitAndPerson() {
        List<PenaltyTier> t = tiers("违反本条例第十二条规定的，由应急管理部门责令改正，对单位处2万元以上10万元以下罚款，"
                + "对个人处2000元以上1万元以下罚款。");
        assertThat(t).extracting(PenaltyTier::target, PenaltyTier::minYuan, PenaltyTier::maxYuan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PenaltyTier.UNIT, 20000L, 100000L),
                        org.assertj.core.groups.Tuple.tuple(PenaltyTier.INDIVIDUAL, 2000L, 10000L));
    }

    @Test
    void mixedWanNumeralsAndNoSubject() {
        List<PenaltyTier> t = tiers("违反本办法规定的，处五千元以上一万五千元以下的罚款。");
        assertThat(t.get(0).minYuan()).isEqualTo(5000L);
        assertThat(t.get(0).maxYuan()).isEqualTo(15000L);
        assertThat(t.get(0).target()).isEqualTo(PenaltyTier.ANY);
    }

    @Test
    void wordingThatIsNotPlainGivesNoRange() {
        // 违法所得倍数, 年收入百分比, 依照…处罚: no range guessed, even beside a plain one
        assertThat(FineWording.tiers("没收违法所得，违法所得十万元以上的，并处违法所得二倍以上五倍以下的罚款")).isEmpty();
        assertThat(FineWording.tiers("对主要负责人处上一年年收入百分之四十的罚款")).isEmpty();
        assertThat(FineWording.tiers("责令限期改正，处一万元以下的罚款；情节严重的，依照有关法律的规定处以罚款")).isEmpty();
        assertThat(FineWording.tiers("生产经营单位应当建立安全生产责任制。")).isEmpty();
    }
}
