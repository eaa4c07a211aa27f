package org.jrw.logic.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reporting levels and 92号 periods for names and dates that are not the usual ones. */
class DashboardLevelTest {
    @Test
    void theLevelComesFromTheLastDivisionOfTheAgencysName() {
        assertThat(Dashboard.levelOf("陕西省西安市应急管理局")).isEqualTo(Dashboard.Level.CITY);
        assertThat(Dashboard.levelOf("陕西省宝鸡市陈仓区应急管理局")).isEqualTo(Dashboard.Level.COUNTY);
        assertThat(Dashboard.levelOf("陕西省应急管理厅")).isEqualTo(Dashboard.Level.PROVINCE);
        assertThat(Dashboard.levelOf("长安区应急管理局")).isEqualTo(Dashboard.Level.COUNTY);
        // without a name the strictest cadence applies (every two months), never none
        assertThat(Dashboard.levelOf(null)).isEqualTo(Dashboard.Level.COUNTY);
        assertThat(Dashboard.levelOf(" ")).isEqualTo(Dashboard.Level.COUNTY);
        assertThat(Dashboard.Level.COUNTY.perYear).isEqualTo(6);
    }

    @Test
    void aDateWithoutAMonthCountsByYearAndNoDateIsADash() {
        assertThat(Dashboard.reportingPeriod(Dashboard.Level.PROVINCE, "2024-06-30")).isEqualTo("2024-H1");
        assertThat(Dashboard.reportingPeriod(Dashboard.Level.COUNTY, "2024-12-01")).isEqualTo("2024-双月6");
        assertThat(Dashboard.reportingPeriod(Dashboard.Level.CITY, "2024-1x-01")).isEqualTo("2024");
        assertThat(Dashboard.reportingPeriod(Dashboard.Level.CITY, "2024")).isEqualTo("—");
        assertThat(Dashboard.reportingPeriod(Dashboard.Level.CITY, null)).isEqualTo("—");
    }
}
