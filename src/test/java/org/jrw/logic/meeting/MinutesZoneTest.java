package org.jrw.logic.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.TimeZone;
import org.jrw.model.Timestamps;
import org.junit.jupiter.api.Test;

/** Issue 23 item 10: the minutes show the meeting in the zone the audit trail and signatures use. */
class MinutesZoneTest {
    @Test
    void minutesUseTheWorkstationZoneLikeTheAuditTrail() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            OffsetDateTime start = OffsetDateTime.parse("2026-12-07T02:30:00Z");
            OffsetDateTime end = OffsetDateTime.parse("2026-12-07T03:45:00Z");
            String when = MeetingMinutes.when(start, end);
            assertThat(when).endsWith(" 3:30—4:45");
            assertThat(Timestamps.local("2026-12-07T02:30:00Z", "H:mm")).isEqualTo("3:30");
            // at 23:30 UTC it is already the next day in Beijing, still the same day in Berlin
            assertThat(MeetingMinutes.when(OffsetDateTime.parse("2026-12-06T20:00:00Z"), null)).endsWith(" 21:00")
                    .contains("12月6日");
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
