package org.jrw.logic.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Check-character algorithms of Chinese identifiers:
 * <ul>
 *   <li>统一社会信用代码 (GB 32100-2015): 18 characters over {@value #CREDIT_ALPHABET}, weights
 *       3^(i) mod 31, check = (31 − Σ mod 31) mod 31; characters 9–17 are the organisation code
 *       (GB 11714), whose own check character is also verified;</li>
 *   <li>公民身份号码 (GB 11643-1999): 17 digits (6-digit area code, birth date yyyyMMdd, 3-digit
 *       sequence) and an ISO 7064 MOD 11-2 check digit (0–9 or X).</li>
 * </ul>
 */
public final class Identifiers {
    /** The 31 characters of the unified social credit code (no I, O, S, V, Z). */
    public static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Identifiers() {
    }

    // ------------------------------------------------------------- 统一社会信用代码

    /** The check character (18th) for the first 17 characters of a credit code. */
    public static char creditCodeCheckChar(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CREDIT_ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += v * CREDIT_WEIGHTS[i];
        }
        return CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The check character (9th) of an organisation code (GB 11714) for its first 8 characters. */
    public static char orgCodeCheckChar(String first8) {
        if (first8 == null || first8.length() != 8) {
            throw new IllegalArgumentException("8 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("not an organisation-code character: " + c);
            }
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * Whether a unified social credit code is well formed: 18 characters of the alphabet, a
     * registration-authority and type pair, a 6-digit division code, a valid organisation code and
     * the right check character. Upper case only, as printed on licences.
     */
    public static boolean isValidCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CREDIT_ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        try {
            if (orgCodeCheckChar(code.substring(8, 16)) != code.charAt(16)) {
                return false;
            }
        } catch (IllegalArgumentException e) {
            // expected: not a valid code
            return false;
        }
        return creditCodeCheckChar(code.substring(0, 17)) == code.charAt(17);
    }

    // ------------------------------------------------------------- 公民身份号码

    /** The check character (18th) for the first 17 digits of a citizen ID number. */
    public static char idNumberCheckChar(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: " + c);
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /**
     * A deliberately WRONG check character for the first 17 digits (issue 21): anonymised
     * training copies use it, so that a pseudonymous ID number can never be a real person's. It
     * is the character after the right one in {@code 0123456789X}.
     */
    public static char pseudonymIdCheckChar(String first17) {
        String alphabet = "0123456789X";
        char right = idNumberCheckChar(first17);
        return alphabet.charAt((alphabet.indexOf(right) + 1) % alphabet.length());
    }

    /** Whether an ID number is a pseudonym made by {@link #pseudonymIdCheckChar}: valid date, that wrong check character. */
    public static boolean isPseudonymIdNumber(String id) {
        if (id == null || id.length() != 18 || birthDate(id) == null) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return pseudonymIdCheckChar(id.substring(0, 17)) == Character.toUpperCase(id.charAt(17));
    }

    /** Whether an 18-digit citizen ID number has a real birth date and the right check digit. */
    public static boolean isValidIdNumber(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        if (birthDate(id) == null) {
            return false;
        }
        return idNumberCheckChar(id.substring(0, 17)) == id.charAt(17);
    }

    /** The birth date of an ID number, or null when characters 7–14 are no valid date. */
    public static LocalDate birthDate(String id) {
        if (id == null || id.length() < 14) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(id.substring(6, 14), BIRTH);
            return d.getYear() < 1900 ? null : d;
        } catch (DateTimeParseException e) {
            // expected: no valid birth date in the number
            return null;
        }
    }

    /** Whether the ID number's sequence digit (17th) denotes a man (odd) rather than a woman (even). */
    public static boolean isMale(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }

    /** What people put between the groups of a number they write out (spaces, hyphens, dashes). */
    public static final String SEPARATORS = "[-－–—\\s\\u00A0]";
    /**
     * A 公民身份号码 written in groups (610103 19800506 2310, 6101-0319-8005-0623-10); a candidate only:
     * with its separators removed it must still be a valid ID number.
     */
    public static final Pattern GROUPED_ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])\\d{4,6}(?:" + SEPARATORS + "{1,2}[0-9Xx]{2,8}){2,5}(?![0-9A-Za-z])");

    /** Full-width digits and Latin letters (０–９, Ａ–Ｚ, ａ–ｚ) as ASCII; everything else, and the length, unchanged. */
    public static String halfWidth(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, (char) (c - 0xFEE0));
            }
        }
        return sb == null ? text : sb.toString();
    }
}
