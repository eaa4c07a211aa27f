package org.jrw.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Amounts and dates as penalty documents write them. */
class MoneyAndDatesTest {
    @Test
    void amountsInEveryOfficialForm() {
        assertThat(Money.parse("罚款人民币肆万伍仟元整")).isEqualTo(45000);
        assertThat(Money.parse("罚款4.5万元")).isEqualTo(45000);
        assertThat(Money.parse("罚款¥45000")).isEqualTo(45000);
        assertThat(Money.parse("罚款￥45,000.00")).isEqualTo(45000);
        assertThat(Money.parse("罚款人民币贰万元整（20000元）")).isEqualTo(20000);
        assertThat(Money.parse("罚款3万元")).isEqualTo(30000);
        assertThat(Money.parse("罚款三万元")).isEqualTo(30000);
        assertThat(Money.parse("罚款人民币壹拾贰万元整")).isEqualTo(120000);
        assertThat(Money.parse("罚款十万元")).isEqualTo(100000);
        assertThat(Money.parse("罚款人民币伍仟零伍拾元")).isEqualTo(5050);
        assertThat(Money.parse("处以罚款")).isEqualTo(-1);
        assertThat(Money.parse("自收到本决定书之日起十五日内")).isEqualTo(-1);
    }

    @Test
    void datesInEveryOfficialForm() {
        assertThat(Dates.first("2024年4月16日")).isEqualTo(LocalDate.of(2024, 4, 16));
        assertThat(Dates.first("二〇二四年四月十六日")).isEqualTo(LocalDate.of(2024, 4, 16));
        assertThat(Dates.first("二○二三年十二月三十一日")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(Dates.first("2024-04-16")).isEqualTo(LocalDate.of(2024, 4, 16));
        assertThat(Dates.first("2024年2月30日")).isNull();
    }

    @Test
    void theFineOfAPenaltySentenceIsNotTheStatutoryRangeNorConfiscatedGains() {
        assertThat(Extractor.fineOf("依据该法第九十七条“处十万元以下的罚款”的规定，决定给予罚款人民币贰万元整")).isEqualTo(20000L);
        assertThat(Extractor.fineOf("依据第九十九条的规定，处五万元以上二十万元以下的罚款，决定给予你单位罚款人民币陆万元的行政处罚")).isEqualTo(60000L);
        assertThat(Extractor.fineOf("决定没收违法所得人民币5000元，并处罚款人民币2万元")).isEqualTo(20000L);
        assertThat(Extractor.fineSentence(org.jrw.model.DocumentType.PENALTY_DECISION,
                "逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款")).isFalse();
        assertThat(Extractor.fineSentence(org.jrw.model.DocumentType.PENALTY_DECISION,
                "我局于2024年4月11日告知你单位拟处罚款4万元")).isFalse();
    }
}
