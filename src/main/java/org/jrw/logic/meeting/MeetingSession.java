package org.jrw.logic.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.jrw.model.meeting.AgendaItem;
import org.jrw.model.meeting.Meeting;

/**
 * The running state of a meeting: which agenda point is being discussed and the per-point timer.
 * Time runs for the current point while the timer is on; moving to another point books the time
 * spent so far. Carrying a point over moves it to the end of the agenda (遗留事项). The clock is
 * injected (milliseconds), so the session is plain logic and testable without waiting.
 */
public final class MeetingSession {
    private final LongSupplier clockMs;
    private Meeting meeting;
    private final List<AgendaItem> agenda;
    private int current;
    private boolean running;
    private long runningSince;

    public MeetingSession(Meeting meeting, LongSupplier clockMs) {
        this.meeting = meeting;
        this.clockMs = clockMs;
        this.agenda = new ArrayList<>(meeting.agenda());
        if (agenda.isEmpty()) {
            throw new IllegalArgumentException("a meeting needs an agenda");
        }
        int firstOpen = 0;
        while (firstOpen < agenda.size() && agenda.get(firstOpen).state() == AgendaItem.State.DISCUSSED) {
            firstOpen++;
        }
        current = Math.min(firstOpen, agenda.size() - 1);
    }

    public MeetingSession(Meeting meeting) {
        this(meeting, System::currentTimeMillis);
    }

    /** The meeting with the agenda as it stands, the running point's time included. */
    public synchronized Meeting meeting() {
        List<AgendaItem> out = new ArrayList<>(agenda);
        out.set(current, agenda.get(current).withSeconds(seconds(current)));
        return meeting.withAgenda(out);
    }

    public synchronized List<AgendaItem> agenda() {
        return meeting().agenda();
    }

    public synchronized int currentIndex() {
        return current;
    }

    public synchronized AgendaItem current() {
        return agenda.get(current).withSeconds(seconds(current));
    }

    /** The point after the current one, or null at the end. */
    public synchronized AgendaItem upcoming() {
        return current + 1 < agenda.size() ? agenda.get(current + 1) : null;
    }

    public synchronized boolean running() {
        return running;
    }

    /** Seconds spent on a point (the running one up to now). */
    public synchronized long seconds(int index) {
        long s = agenda.get(index).seconds();
        if (running && index == current) {
            s += Math.max(0, clockMs.getAsLong() - runningSince) / 1000;
        }
        return s;
    }

    /** Total seconds over all points. */
    public synchronized long totalSeconds() {
        long t = 0;
        for (int i = 0; i < agenda.size(); i++) {
            t += seconds(i);
        }
        return t;
    }

    public synchronized void start() {
        if (!running) {
            running = true;
            runningSince = clockMs.getAsLong();
        }
    }

    public synchronized void pause() {
        if (running) {
            book();
            running = false;
        }
    }

    /** Starts or pauses the timer; returns whether it runs now. */
    public synchronized boolean toggle() {
        if (running) {
            pause();
        } else {
            start();
        }
        return running;
    }

    /** Makes another point current; the timer keeps its state and now counts for that point. */
    public synchronized void goTo(int index) {
        if (index < 0 || index >= agenda.size() || index == current) {
            return;
        }
        book();
        current = index;
    }

    public synchronized boolean next() {
        if (current + 1 >= agenda.size()) {
            return false;
        }
        goTo(current + 1);
        return true;
    }

    public synchronized boolean previous() {
        if (current == 0) {
            return false;
        }
        goTo(current - 1);
        return true;
    }

    /** Records what the meeting decided on the current point; the point is settled. */
    public synchronized void decide(String decision) {
        AgendaItem it = agenda.get(current);
        agenda.set(current, it.withDecision(decision == null ? "" : decision.strip()).withState(AgendaItem.State.DISCUSSED));
    }

    /** Sets the current point's decision text without settling it (typing in progress). */
    public synchronized void draftDecision(String decision) {
        AgendaItem it = agenda.get(current);
        agenda.set(current, it.withDecision(decision == null ? "" : decision));
    }

    /**
     * Leaves the current point open and moves it to the end of the agenda; the point that
     * followed becomes current. Returns false when it already is the last one (it is marked carried).
     */
    public synchronized boolean carryOver() {
        book();
        AgendaItem it = agenda.remove(current).withState(AgendaItem.State.CARRIED);
        agenda.add(it);
        if (current >= agenda.size() - 1) {
            current = agenda.size() - 1;
            return false;
        }
        return true;
    }

    /** Points not settled yet (pending or carried), in agenda order. */
    public synchronized List<AgendaItem> unresolved() {
        return agenda().stream().filter(i -> i.state() != AgendaItem.State.DISCUSSED).toList();
    }

    /** Ends the meeting: the timer stops, every unsettled point is carried. */
    public synchronized Meeting end(String endedAt) {
        pause();
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).state() == AgendaItem.State.PENDING) {
                agenda.set(i, agenda.get(i).withState(AgendaItem.State.CARRIED));
            }
        }
        meeting = meeting.withEnd(endedAt);
        return meeting();
    }

    private void book() {
        if (running) {
            long now = clockMs.getAsLong();
            long ms = Math.max(0, now - runningSince);
            long whole = ms / 1000;
            agenda.set(current, agenda.get(current).withSeconds(agenda.get(current).seconds() + whole));
            runningSince = now - (ms - whole * 1000);
        }
    }
}
