package org.jrw.logic.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.jrw.logic.training.ScrubberPatterns.*;
import org.jrw.logic.training.Scrubber.Entry;
import org.jrw.logic.training.Scrubber.Span;

/**
 * Finds and applies the replacements of a pseudonym table in a text: every original (also written in
 * groups, 139-2847-5521, or in full width), longest first, and the dates shifted by the run's days;
 * the pseudonym laid out like the occurrence it replaces.
 */
final class PseudonymRewriter {
    /** The table, shared with the {@link Scrubber} that fills it (a live view). */
    private final Map<String, Entry> table;
    private final int shiftDays;

    PseudonymRewriter(Map<String, Entry> table, int shiftDays) {
        this.table = table;
        this.shiftDays = shiftDays;
    }

    /** The replacements in a text: identifiers longest first, then shifted dates; no overlaps. */
    List<Span> spans(String text) {
        List<Span> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        for (Entry e : table.values()) {
            if (e.original().endsWith("#serial")) {
                continue;
            }
            int i = text.indexOf(e.original());
            while (i >= 0) {
                found.add(new Span(i, i + e.original().length(), e.original(), e.pseudonym()));
                i = text.indexOf(e.original(), i + 1);
            }
            Pattern grouped = groupedForm(e.original());
            if (grouped != null) {
                Matcher m = grouped.matcher(text);
                while (m.find()) {
                    if (!m.group().equals(e.original())) {
                        found.add(new Span(m.start(), m.end(), m.group(), regroup(m.group(), e.pseudonym())));
                    }
                }
            }
        }
        if (shiftDays != 0) {
            dateSpans(text, found);
        }
        found.sort(Comparator.comparingInt((Span s) -> -(s.end() - s.start())).thenComparingInt(Span::start));
        List<Span> chosen = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        outer:
        for (Span s : found) {
            for (int i = s.start(); i < s.end(); i++) {
                if (taken[i]) {
                    continue outer;
                }
            }
            for (int i = s.start(); i < s.end(); i++) {
                taken[i] = true;
            }
            chosen.add(s);
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        return chosen;
    }

    private final Map<String, Pattern> groupedForms = new java.util.HashMap<>();

    /**
     * For a number-like identifier (seven or more letters and digits, six or more of them digits: ID,
     * phone, account, certificate numbers), the pattern of the same characters with separators
     * (spaces, hyphens, dashes) between them, as people write them (610103 19800506 2310,
     * 139-2847-5521); null for other identifiers.
     */
    Pattern groupedForm(String original) {
        return groupedForms.computeIfAbsent(original, o -> {
            String core = o.replaceAll(SEPARATORS, "");
            long digits = core.chars().filter(Character::isDigit).count();
            if (core.length() < 7 || digits < 6 || !core.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c) || c == '*')) {
                return null;
            }
            // no word boundaries, as for the exact original: PDF page text runs one line into the next
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < core.length(); i++) {
                if (i > 0) {
                    re.append(SEPARATORS).append("{0,2}");
                }
                char c = core.charAt(i);
                if (Character.isLetter(c)) {
                    char u = Character.toUpperCase(c);
                    char l = Character.toLowerCase(c);
                    re.append('[').append(u).append(l).append(fullWidth(u)).append(fullWidth(l)).append(']');
                } else if (Character.isDigit(c)) {
                    re.append('[').append(c).append(fullWidth(c)).append(']');
                } else {
                    re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(re.toString());
        });
    }

    /** The pseudonym laid out like the original's occurrence: its separators where they were. */
    static String regroup(String occurrence, String pseudonym) {
        String plain = pseudonym.replaceAll(SEPARATORS, "");
        String core = occurrence.replaceAll(SEPARATORS, "");
        if (plain.length() != core.length()) {
            return pseudonym;
        }
        StringBuilder out = new StringBuilder(occurrence.length());
        int k = 0;
        for (int i = 0; i < occurrence.length(); i++) {
            char c = occurrence.charAt(i);
            if (String.valueOf(c).matches(SEPARATORS)) {
                out.append(c);
            } else {
                char p = plain.charAt(k++);
                out.append(c >= '\uFF01' && c <= '\uFF5E' ? fullWidth(p) : p);
            }
        }
        return out.toString();
    }

    private static char fullWidth(char c) {
        return Character.isLetterOrDigit(c) && c < 128 ? (char) (c + 0xFEE0) : c;
    }

    private void dateSpans(String text, List<Span> out) {
        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = parse(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                out.add(new Span(m.start(), m.end(), m.group(), d.plusDays(shiftDays).toString()));
            }
        }
        m = CN_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = parse(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                LocalDate s = d.plusDays(shiftDays);
                out.add(new Span(m.start(), m.end(), m.group(),
                        s.getYear() + "年" + s.getMonthValue() + "月" + s.getDayOfMonth() + "日"));
            }
        }
        m = CN_MONTH.matcher(text);
        while (m.find()) {
            LocalDate d = parse(m.group(1), m.group(2), "15");
            if (d != null) {
                LocalDate s = d.plusDays(shiftDays);
                out.add(new Span(m.start(), m.end(), m.group(), s.getYear() + "年" + s.getMonthValue() + "月"));
            }
        }
    }

    private static LocalDate parse(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (RuntimeException e) {
            // expected: not a date
            return null;
        }
    }

    /** Shifts an ISO date string by the configured days. */
    String shiftIso(String iso) {
        if (shiftDays == 0 || iso == null) {
            return iso;
        }
        try {
            return LocalDate.parse(iso).plusDays(shiftDays).toString();
        } catch (DateTimeParseException e) {
            // not an ISO date: left as it is
            return iso;
        }
    }

    /** The text with every replacement applied; {@code count[0]} is increased by the replacements made. */
    String apply(String text, int[] count) {
        if (text == null) {
            return null;
        }
        List<Span> spans = spans(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int pos = 0;
        for (Span s : spans) {
            sb.append(text, pos, s.start()).append(s.replacement());
            pos = s.end();
        }
        sb.append(text.substring(pos));
        count[0] += spans.size();
        return sb.toString();
    }
}
