package org.jrw.model.meeting;

import java.util.List;

/**
 * A joint review meeting (联审会议) on one case: when and where it was held, who attended (the
 * chair and the recorder among them), and the agenda in the order the points were taken, with
 * their times and decisions. {@code endedAt} is null while the meeting runs.
 */
public record Meeting(String id, String caseId, String startedAt, String endedAt, String place, String chair,
                      String recorder, List<Attendee> attendees, List<AgendaItem> agenda) {

    public Meeting {
        attendees = List.copyOf(attendees);
        agenda = List.copyOf(agenda);
    }

    public boolean ended() {
        return endedAt != null;
    }

    public Meeting withAgenda(List<AgendaItem> a) {
        return new Meeting(id, caseId, startedAt, endedAt, place, chair, recorder, attendees, a);
    }

    public Meeting withEnd(String at) {
        return new Meeting(id, caseId, startedAt, at, place, chair, recorder, attendees, agenda);
    }
}
