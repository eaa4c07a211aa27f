package org.jrw.logic.law;

/**
 * Chinese numerals as they appear in legal texts (一百零一, 十七, 两, 〇) and Arabic digits in half
 * or full width, both ways. Only the range legal citations and fine amounts need (below 10^8).
 */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of a numeral such as {@code 九十七}, {@code 一百零一}, {@code 97} or {@code ９７}; -1 if none. */
    public static int parse(String s) {
        if (s == null) {
            return -1;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return -1;
        }
        boolean arabic = true;
        StringBuilder ascii = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (c >= '0' && c <= '9') {
                ascii.append(c);
            } else if (c >= '０' && c <= '９') {
                ascii.append((char) ('0' + (c - '０')));
            } else {
                arabic = false;
                break;
            }
        }
        if (arabic) {
            try {
                return Integer.parseInt(ascii.toString());
            } catch (NumberFormatException e) {
                // too large: not a numeral we read
                return -1;
            }
        }
        long total = 0;
        long section = 0;
        int digit = -1;
        for (char c : t.toCharArray()) {
            int d = digitOf(c);
            if (d >= 0) {
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
                total += (section == 0 ? 1 : section) * 10000L;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * (long) unit;
            }
            digit = -1;
        }
        if (digit > 0) {
            section += digit;
        }
        long v = total + section;
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private static int digitOf(char c) {
        if (c == '〇' || c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        int i = DIGITS.indexOf(c);
        return i > 0 ? i : -1;
    }

    /** Whether a character is part of a numeral (Chinese or Arabic). */
    public static boolean isNumeralChar(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || "零〇一二两三四五六七八九十百千万".indexOf(c) >= 0;
    }

    /** The numeral as written in Chinese legal texts: 1 → 一, 10 → 十, 15 → 十五, 101 → 一百零一, 1000 → 一千. */
    public static String format(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        if (n == 0) {
            return "零";
        }
        if (n >= 10000) {
            int high = n / 10000;
            int low = n % 10000;
            String s = format(high) + "万";
            if (low == 0) {
                return s;
            }
            return s + (low < 1000 ? "零" : "") + formatBelow10000(low, true);
        }
        return formatBelow10000(n, false);
    }

    private static String formatBelow10000(int n, boolean inner) {
        StringBuilder sb = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        boolean zero = false;
        boolean started = false;
        for (int i = 0; i < 4; i++) {
            int d = (n / units[i]) % 10;
            if (d == 0) {
                if (started) {
                    zero = true;
                }
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            if (!(units[i] == 10 && d == 1 && !started && !inner)) {
                sb.append(DIGITS.charAt(d));
            }
            sb.append(names[i]);
            started = true;
        }
        return sb.toString();
    }
}
