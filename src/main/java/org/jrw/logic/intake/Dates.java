package org.jrw.logic.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as documents write them: 2024年4月16日, 二〇二四年四月十六日, 2024-04-16, 2024.4.16. */
public final class Dates {
    /** A date found in a text and where it was written. */
    public record Found(LocalDate date, int start, int end) {
    }

    private static final String CN = "[〇零○Ｏ一二三四五六七八九十]";
    private static final Pattern ARABIC = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)");
    private static final Pattern CHINESE = Pattern.compile(
            "(" + CN + "{4})年(" + CN + "{1,2})月(" + CN + "{1,3})日");

    private Dates() {
    }

    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = ARABIC.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
            int mo = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(5));
            int d = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(6));
            add(out, y, mo, d, m.start(), m.end());
        }
        Matcher c = CHINESE.matcher(text);
        while (c.find()) {
            int y = digits(c.group(1));
            add(out, y, small(c.group(2)), small(c.group(3)), c.start(), c.end());
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    public static LocalDate first(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? null : all.get(0).date();
    }

    private static void add(List<Found> out, int y, int mo, int d, int s, int e) {
        if (y < 1990 || y > 2100) {
            return;
        }
        try {
            out.add(new Found(LocalDate.of(y, mo, d), s, e));
        } catch (DateTimeException failure) {
            org.slf4j.LoggerFactory.getLogger(Dates.class).trace("not a calendar day: {}-{}-{}", y, mo, d, failure);
            // not a real day
        }
    }

    private static int digit(char ch) {
        return switch (ch) {
            case '〇', '零', '○', 'Ｏ' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int digits(String s) {
        int v = 0;
        for (char ch : s.toCharArray()) {
            int d = digit(ch);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** 一 … 三十一 */
    private static int small(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits(s);
        }
        int hi = ten == 0 ? 1 : digit(s.charAt(0));
        int lo = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return hi * 10 + lo;
    }
}
