package org.jrw.logic.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jrw.model.Role;
import org.jrw.model.meeting.AgendaItem;
import org.jrw.model.meeting.Attendee;
import org.jrw.model.meeting.Meeting;
import org.jrw.model.review.ReviewPoint;
import org.junit.jupiter.api.Test;

class MeetingSessionTest {
    private final AtomicLong clock = new AtomicLong(1_000_000);

    private MeetingSession session() {
        List<AgendaItem> agenda = new ArrayList<>();
        for (ReviewPoint p : ReviewPoint.values()) {
            agenda.add(new AgendaItem(p, 0, AgendaItem.State.PENDING, ""));
        }
        Meeting m = new Meeting("m1", "c1", "2026-11-25T02:00:00Z", null, "会议室", "王主任", "李某",
                List.of(new Attendee("王主任", Role.CHAIR, null, null)), agenda);
        return new MeetingSession(m, clock::get);
    }

    @Test
    void timeIsBookedPerPointWhileTheTimerRuns() {
        MeetingSession s = session();
        s.start();
        clock.addAndGet(65_400);
        assertThat(s.current().seconds()).isEqualTo(65);
        s.next();
        clock.addAndGet(30_000);
        s.pause();
        clock.addAndGet(100_000); // paused: not counted
        assertThat(s.seconds(0)).isEqualTo(65);
        assertThat(s.seconds(1)).isEqualTo(30);
        assertThat(s.totalSeconds()).isEqualTo(95);
        assertThat(s.toggle()).isTrue();
        clock.addAndGet(5_000);
        assertThat(s.meeting().agenda().get(1).seconds()).isEqualTo(35);
    }

    @Test
    void carryingOverMovesThePointToTheEndAndEndingCarriesWhatIsUnsettled() {
        MeetingSession s = session();
        s.decide("主体适格");
        assertThat(s.current().state()).isEqualTo(AgendaItem.State.DISCUSSED);
        s.next();
        assertThat(s.current().point()).isEqualTo(ReviewPoint.FACTS);
        assertThat(s.carryOver()).isTrue();
        assertThat(s.current().point()).isEqualTo(ReviewPoint.EVIDENCE);
        assertThat(s.agenda().get(6).point()).isEqualTo(ReviewPoint.FACTS);
        assertThat(s.agenda().get(6).state()).isEqualTo(AgendaItem.State.CARRIED);
        assertThat(s.upcoming().point()).isEqualTo(ReviewPoint.LAW);
        Meeting ended = s.end("2026-11-25T03:00:00Z");
        assertThat(ended.ended()).isTrue();
        assertThat(ended.agenda()).filteredOn(i -> i.state() == AgendaItem.State.PENDING).isEmpty();
        assertThat(s.unresolved()).hasSize(6);
        assertThat(ended.agenda().get(0).decision()).isEqualTo("主体适格");
    }

    @Test
    void navigationStopsAtTheEnds() {
        MeetingSession s = session();
        assertThat(s.previous()).isFalse();
        for (int i = 0; i < 6; i++) {
            assertThat(s.next()).isTrue();
        }
        assertThat(s.next()).isFalse();
        assertThat(s.upcoming()).isNull();
        s.goTo(2);
        assertThat(s.currentIndex()).isEqualTo(2);
    }
}
