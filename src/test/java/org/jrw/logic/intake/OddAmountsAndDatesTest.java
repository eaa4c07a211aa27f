package org.jrw.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Amounts and dates as decisions write them beyond the common forms; what is no amount or day gives none. */
class OddAmountsAndDatesTest {
    @Test
    void amountsInWordsWithLargeUnitsAndColloquialDigits() {
        assertThat(Money.parse("罚款两万元")).isEqualTo(20000);
        assertThat(Money.parse("罚款人民币壹佰万元整")).isEqualTo(1_000_000);
        assertThat(Money.parse("罚款人民币贰拾万零伍佰元整")).isEqualTo(200_500);
        assertThat(Money.parse("罚款人民币壹亿贰仟万元")).isEqualTo(120_000_000);
        assertThat(Money.parse("罚款拾万圆整")).isEqualTo(100_000);
        assertThat(Money.parse("罚款0.5万元")).isEqualTo(5000);
        assertThat(Money.parse("罚款￥ 1,234元")).isEqualTo(1234);
        // an Arabic figure without a unit or currency sign is no amount (a count, an article number)
        assertThat(Money.parse("3名员工未经培训")).isEqualTo(-1);
        assertThat(Money.parse(null)).isEqualTo(-1);
        // the same amount written twice (in words and in figures) is one amount, the first
        assertThat(Money.findAll("罚款人民币叁万元整（30000元）")).hasSize(2).first()
                .extracting(Money.Amount::yuan).isEqualTo(30000L);
        assertThat(Money.findAll("罚款人民币叁万元（￥30,000元）")).extracting(Money.Amount::yuan).containsOnly(30000L);
    }

    @Test
    void datesInOtherLayoutsAndImpossibleDays() {
        assertThat(Dates.first("2024.6.20")).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(Dates.first("2024/06/20")).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(Dates.first("2024 年 6 月 20 日")).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(Dates.first("二〇二四年六月二十日")).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(Dates.first("二〇二四年十月三十一日")).isEqualTo(LocalDate.of(2024, 10, 31));
        // a year outside the workbench's range, a thirteenth month: no date
        assertThat(Dates.first("1989年6月20日")).isNull();
        assertThat(Dates.first("2024年13月1日")).isNull();
        assertThat(Dates.first(null)).isNull();
        // the impossible day is skipped, the next real one taken
        assertThat(Dates.first("2024年2月30日或2024年3月1日")).isEqualTo(LocalDate.of(2024, 3, 1));
    }
}
