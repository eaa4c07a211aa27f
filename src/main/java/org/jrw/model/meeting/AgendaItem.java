package org.jrw.model.meeting;

import org.jrw.model.review.ReviewPoint;

/**
 * One point on a meeting's agenda: a review point, how long it was discussed (seconds), its state
 * and what the meeting decided on it.
 */
public record AgendaItem(ReviewPoint point, long seconds, State state, String decision) {

    /** Where a point stands. */
    public enum State {
        /** not yet discussed */
        PENDING,
        /** discussed and settled */
        DISCUSSED,
        /** left open and moved to the end of the meeting (遗留事项) */
        CARRIED
    }

    public AgendaItem {
        state = state == null ? State.PENDING : state;
        decision = decision == null ? "" : decision;
        if (seconds < 0) {
            seconds = 0;
        }
    }

    public AgendaItem withSeconds(long s) {
        return new AgendaItem(point, s, state, decision);
    }

    public AgendaItem withState(State s) {
        return new AgendaItem(point, seconds, s, decision);
    }

    public AgendaItem withDecision(String d) {
        return new AgendaItem(point, seconds, state, d);
    }
}
