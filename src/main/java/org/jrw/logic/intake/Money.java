package org.jrw.logic.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts as penalty documents write them: upper-case numerals (贰万元整, 肆万伍仟元整,
 * 人民币壹拾万元), Arabic with a unit (4.5万元, 45000元, ￥45,000.00, ¥45000) and ordinary numerals
 * (三万元). Whole yuan; fractions of a yuan are dropped.
 */
public final class Money {
    /** An amount found in a text: the value in whole yuan and where it was written. */
    public record Amount(long yuan, int start, int end) {
    }

    private static final String UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String LOWER_DIGITS = "〇一二三四五六七八九";
    private static final Pattern UPPER = Pattern.compile(
            "(?<![0-9.０-９])[零壹贰叁肆伍陆柒捌玖拾两〇一二三四五六七八九十][零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿两〇一二三四五六七八九十百千]*(?:元|圆)(?:[零壹贰叁肆伍陆柒捌玖一二三四五六七八九]角)?(?:[零壹贰叁肆伍陆柒捌玖一二三四五六七八九]分)?整?");
    private static final Pattern ARABIC = Pattern.compile(
            "(?:[¥￥]\\s*)?(\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(万元|万|元)?");

    private Money() {
    }

    /** Every amount in the text, in order; an Arabic number counts only with a unit or a currency sign. */
    public static List<Amount> findAll(String text) {
        List<Amount> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = UPPER.matcher(text);
        while (m.find()) {
            long v = parseUpper(m.group());
            if (v >= 0) {
                out.add(new Amount(v, m.start(), m.end()));
            }
        }
        Matcher a = ARABIC.matcher(text);
        while (a.find()) {
            boolean sign = a.group().startsWith("¥") || a.group().startsWith("￥");
            String unit = a.group(3);
            if (!sign && unit == null) {
                continue;
            }
            if (overlaps(out, a.start(), a.end())) {
                continue;
            }
            // an Arabic number glued to a preceding Chinese numeral ("三万元" handled above)
            BigDecimal v = new BigDecimal(a.group(1).replace(",", "").replace("，", "")
                    + (a.group(2) == null ? "" : "." + a.group(2)));
            if (unit != null && unit.startsWith("万")) {
                v = v.multiply(BigDecimal.valueOf(10000));
            }
            out.add(new Amount(v.longValue(), a.start(), a.end()));
        }
        out.sort(java.util.Comparator.comparingInt(Amount::start));
        return out;
    }

    private static boolean overlaps(List<Amount> xs, int s, int e) {
        for (Amount x : xs) {
            if (s < x.end() && x.start() < e) {
                return true;
            }
        }
        return false;
    }

    /** The first amount of a text, or -1. */
    public static long parse(String text) {
        List<Amount> all = findAll(text);
        return all.isEmpty() ? -1 : all.get(0).yuan();
    }

    /** An upper- or lower-case Chinese amount such as 肆万伍仟元整 or 三万元; -1 when not one. */
    static long parseUpper(String s) {
        String t = s.replaceAll("(元|圆).*$", "");
        if (t.isEmpty()) {
            return -1;
        }
        long total = 0;
        long section = 0;
        long digit = 0;
        boolean any = false;
        for (char c : t.toCharArray()) {
            int d = UPPER_DIGITS.indexOf(c);
            if (d < 0) {
                d = LOWER_DIGITS.indexOf(c);
            }
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                any = true;
                continue;
            }
            long unit = switch (c) {
                case '拾', '十' -> 10;
                case '佰', '百' -> 100;
                case '仟', '千' -> 1000;
                case '万', '萬' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            any = true;
            if (unit >= 10_000) {
                section = (section + digit) * unit;
                total += section;
                section = 0;
            } else {
                section += (digit == 0 ? 1 : digit) * unit;
            }
            digit = 0;
        }
        return any ? total + section + digit : -1;
    }
}
