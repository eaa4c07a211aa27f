package org.jrw.logic.law;

/**
 * Chinese and Arabic numerals as written in legal citations and penalty clauses: 七, 十二, 九十七,
 * 一百零五, 一百一十九, 两万, 二十万, 97, full-width ９７. Also normalises full-width digits and
 * punctuation in citation text.
 */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /** Characters that may appear in a numeral (Chinese or Arabic, half or full width). */
    public static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万0123456789０１２３４５６７８９";

    /** The value of a numeral, or -1 when the text is not one. */
    public static long parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        String t = toHalfWidthDigits(s);
        if (t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (t.length() > 15) {
                return -1;
            }
            return Long.parseLong(t);
        }
        long total = 0;   // completed 万 groups
        long section = 0; // below 万
        long digit = -1;  // pending digit
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digit >= 0 && digit != 0 && d != 0) {
                    return -1; // two digits in a row: 九七 is not a numeral here
                }
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10000) {
                section += Math.max(digit, 0);
                total = (total + section) * 10000;
                section = 0;
            } else {
                long m = digit < 0 ? 1 : digit; // 十 = 1×10
                if (digit == 0) {
                    return -1;
                }
                section += m * unit;
            }
            digit = -1;
        }
        if (digit > 0) {
            section += digit;
        }
        return total + section;
    }

    /** The value as an int, or -1. */
    public static int parseInt(String s) {
        long v = parse(s);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> (c >= '0' && c <= '9') ? c - '0' : -1;
        };
    }

    /** Full-width digits ０-９ to ASCII. */
    public static String toHalfWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return b.toString();
    }

    /** Chinese numeral for 0 < n < 10000 in the statute's style (十二, 一百零五, 一百一十九). */
    public static String toChinese(int n) {
        if (n <= 0 || n >= 10000) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        String digits = "零一二三四五六七八九";
        String[] units = {"", "十", "百", "千"};
        StringBuilder b = new StringBuilder();
        String s = Integer.toString(n);
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int pos = s.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero) {
                b.append('零');
                zero = false;
            }
            if (!(d == 1 && pos == 1 && s.length() == 2)) {
                b.append(digits.charAt(d));
            }
            b.append(units[pos]);
        }
        return b.toString();
    }
}
