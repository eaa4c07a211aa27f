package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working-day calendar of {@code checks/holidays.json}: Monday to Friday, less the statutory
 * holidays (法定节假日及调休放假) of the State Council's yearly notices, plus the weekend days those
 * notices make working days (调休上班). Years the file does not hold are counted Monday to Friday;
 * {@link #end} reports them so a finding can say so.
 */
public final class WorkingDays {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final Set<Integer> years;
    private final Map<Integer, String> notices;
    private final String basis;

    WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workdays, Map<Integer, String> notices, String basis) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.notices = Map.copyOf(notices);
        this.years = Set.copyOf(notices.keySet());
        this.basis = basis;
    }

    /** Reads the calendar: {@code years.<YYYY>.holidays} as [from, to] or [day], {@code workdays} as days. */
    public static WorkingDays read(JsonNode root) {
        Set<LocalDate> h = new HashSet<>();
        Set<LocalDate> w = new HashSet<>();
        Map<Integer, String> notices = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("years").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> y = it.next();
            notices.put(Integer.parseInt(y.getKey()), y.getValue().path("notice").asText(""));
            for (JsonNode range : y.getValue().path("holidays")) {
                LocalDate from = LocalDate.parse(range.get(0).asText());
                LocalDate to = LocalDate.parse(range.get(range.size() - 1).asText());
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException("holiday range ends before it starts: " + range);
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    h.add(d);
                }
            }
            y.getValue().path("workdays").forEach(n -> w.add(LocalDate.parse(n.asText())));
        }
        return new WorkingDays(h, w, notices, root.path("basis").asText(""));
    }

    /** Whether the calendar holds the State Council's notice for a year. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The notice a year's days are taken from ("" when the year is not held). */
    public String notice(int year) {
        return notices.getOrDefault(year, "");
    }

    /** The legal basis of counting in working days and the calendar's source. */
    public String basis() {
        return basis;
    }

    public boolean isWorkingDay(LocalDate d) {
        if (workdays.contains(d)) {
            return true;
        }
        if (holidays.contains(d)) {
            return false;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code n} days that starts the day after {@code from}: the n-th
     * working day after it, or {@code from + n} in calendar days.
     */
    public Period end(LocalDate from, int n, boolean inWorkingDays) {
        if (!inWorkingDays) {
            return new Period(n, false, from.plusDays(n), List.of());
        }
        Set<Integer> uncovered = new TreeSet<>();
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (!covers(d.getYear())) {
                uncovered.add(d.getYear());
            }
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return new Period(n, true, d, List.copyOf(uncovered));
    }

    /**
     * A period as counted: its length, whether in working days, its last day, and the years it ran
     * through that the calendar does not hold (counted Monday to Friday).
     */
    public record Period(int value, boolean workingDays, LocalDate end, List<Integer> uncoveredYears) {
    }
}
