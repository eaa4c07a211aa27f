package org.jrw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final OffsetDateTime ON_THE_MINUTE = OffsetDateTime.of(2026, 12, 7, 3, 44, 0, 0, ZoneOffset.UTC);

    @Test
    void secondsAreAlwaysWrittenSoStrictReadersAndTextOrderWork() {
        assertThat(ON_THE_MINUTE.toString()).isEqualTo("2026-12-07T03:44Z"); // what went wrong before
        assertThat(Timestamps.format(ON_THE_MINUTE)).isEqualTo("2026-12-07T03:44:00Z");
        assertThat(Instant.parse(Timestamps.format(ON_THE_MINUTE))).isEqualTo(ON_THE_MINUTE.toInstant());
        assertThat(Timestamps.format(ON_THE_MINUTE.withOffsetSameInstant(ZoneOffset.ofHours(8))))
                .isEqualTo("2026-12-07T11:44:00+08:00");
        // fixed width: the minute's first instant sorts before a later second of it
        String a = Timestamps.formatMillis(ON_THE_MINUTE);
        String b = Timestamps.formatMillis(ON_THE_MINUTE.plusSeconds(30).plusNanos(120_000_000));
        assertThat(a).isEqualTo("2026-12-07T03:44:00.000Z");
        assertThat(b).isEqualTo("2026-12-07T03:44:30.120Z");
        assertThat(a.compareTo(b)).isNegative();
    }

    @Test
    void nowHasTheDocumentedShapes() {
        assertThat(Timestamps.nowSeconds()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(Timestamps.nowMillis()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(Timestamps.now()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    }

    @Test
    void localShowsTheReadersZoneAndReadsOldShortForms() {
        TimeZone was = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Asia/Shanghai")));
            assertThat(Timestamps.local("2026-12-07T03:44Z", "yyyy-MM-dd HH:mm:ss")).isEqualTo("2026-12-07 11:44:00");
            assertThat(Timestamps.local("2026-12-07T03:44:05.120Z", "yyyy-MM-dd HH:mm")).isEqualTo("2026-12-07 11:44");
            assertThat(Timestamps.local("不是时间", "yyyy-MM-dd HH:mm")).isEqualTo("不是时间");
            assertThat(Timestamps.local(null, "yyyy-MM-dd HH:mm")).isEmpty();
        } finally {
            TimeZone.setDefault(was);
        }
    }
}
