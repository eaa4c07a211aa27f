package org.jrw.logic.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The working-day calendar (行政处罚法 第八十五条) against the State Council's holiday notices. */
class WorkingDaysTest {
    private final WorkingDays cal = CheckConfig.builtIn().calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void holidaysAndMakeUpDaysOfTheNotices() {
        assertFalse(cal.isWorkingDay(d("2024-10-01")), "国庆");
        assertFalse(cal.isWorkingDay(d("2024-10-07")), "国庆 last day");
        assertTrue(cal.isWorkingDay(d("2024-09-29")), "Sunday 调休上班");
        assertTrue(cal.isWorkingDay(d("2024-10-12")), "Saturday 调休上班");
        assertFalse(cal.isWorkingDay(d("2024-06-10")), "端午 on a Monday");
        assertFalse(cal.isWorkingDay(d("2020-01-31")), "春节 extended to 2 February 2020");
        assertFalse(cal.isWorkingDay(d("2020-02-01")), "the make-up Saturday fell away with the extension");
        assertFalse(cal.isWorkingDay(d("2023-01-02")), "元旦 2023 started on 2022-12-31");
        assertTrue(cal.isWorkingDay(d("2026-01-04")), "Sunday 调休上班 after 元旦 2026");
        assertFalse(cal.isWorkingDay(d("2026-02-23")), "春节 2026, nine days");
        assertTrue(cal.isWorkingDay(d("2024-10-08")));
        assertFalse(cal.isWorkingDay(d("2024-10-13")), "plain Sunday");
    }

    @Test
    void everyYearFrom2020To2026IsHeldAndItsDataIsConsistent() throws Exception {
        for (int y = 2020; y <= 2026; y++) {
            assertTrue(cal.covers(y), Integer.toString(y));
            assertTrue(cal.notice(y).contains("国务院办公厅关于" + y + "年部分节假日安排的通知"), cal.notice(y));
        }
        assertFalse(cal.covers(2027));
        assertFalse(cal.covers(2019));
        JsonNode root = CheckConfig.read("/checks/holidays.json");
        root.path("years").forEach(year -> {
            assertFalse(year.path("url").asText().isBlank());
            for (JsonNode w : year.path("workdays")) {
                DayOfWeek dow = d(w.asText()).getDayOfWeek();
                assertTrue(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY, "调休上班 on a weekend: " + w);
            }
        });
        // each year's statutory holidays and make-up days: 国庆 seven or eight days off in a row
        for (String first : List.of("2020-10-01", "2021-10-01", "2022-10-01", "2023-09-29", "2024-10-01",
                "2025-10-01", "2026-10-01")) {
            int off = 0;
            for (LocalDate x = d(first); !cal.isWorkingDay(x); x = x.plusDays(1)) {
                off++;
            }
            assertTrue(off == 7 || off == 8, first + ": " + off);
        }
    }

    @Test
    void periodsStartTheDayAfterAndSkipDaysOff() {
        // Fri 2024-09-13: Sat 09-14 is a make-up working day, 09-15..17 中秋
        assertEquals(d("2024-09-25"), cal.end(d("2024-09-13"), 7, true).end());
        // Fri 2024-09-27: Sun 09-29 and Mon 09-30 work, 10-01..07 国庆, then 10-08, 10-09, 10-10
        WorkingDays.Period p = cal.end(d("2024-09-27"), 5, true);
        assertEquals(d("2024-10-10"), p.end());
        assertTrue(p.workingDays());
        assertEquals(List.of(), p.uncoveredYears());
        assertEquals(d("2024-10-02"), cal.end(d("2024-09-27"), 5, false).end(), "calendar days");
        assertEquals(d("2024-04-19"), cal.end(d("2024-04-16"), 3, true).end());
    }

    @Test
    void aYearWithoutANoticeIsCountedMondayToFridayAndSaysSo() {
        // 2027: no notice held; Fri 2027-09-24 + 5 = Fri 10-01 although 国庆 will surely fall there
        WorkingDays.Period p = cal.end(d("2027-09-24"), 5, true);
        assertEquals(d("2027-10-01"), p.end());
        assertEquals(List.of(2027), p.uncoveredYears());
        // a period running from a held year into one without a notice names only the latter
        assertEquals(List.of(2027), cal.end(d("2026-12-30"), 5, true).uncoveredYears());
        assertEquals(List.of(2019), cal.end(d("2019-09-30"), 3, true).uncoveredYears());
    }
}
