package org.jrw.logic.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.dossier.Identifiers;

/**
 * The one set of detectors of personal data in text (ADR 0140), shared by the anonymiser
 * ({@code logic.training.Scrubber}), the leak scanner ({@code logic.training.LeakScanner}) and the
 * meeting mask ({@code logic.meeting.PrivacyMask}). Each detector reports what it found and how sure
 * it is ({@link Hit#checked}); each caller applies its own policy (the mask hides every candidate,
 * the leak scanner reports only checked identifiers, the anonymiser replaces).
 * <p>
 * Texts are expected with full-width digits made ASCII ({@link Identifiers#halfWidth}, one character
 * for one, so offsets fit the original).
 */
public final class PersonalData {
    private PersonalData() {
    }

    /** What a hit is. */
    public enum Kind { ID_NUMBER, CREDIT_CODE, MOBILE, LANDLINE, ADDRESS, NAME }

    /**
     * A span {@code [start, end)} of the text; {@code value} is the identifier normalised (separators
     * and the +86 prefix removed, upper case); {@code checked}: an identifier's check character (and
     * birth date) is right, a name starts with a surname of {@link Surnames}.
     */
    public record Hit(int start, int end, Kind kind, String value, boolean checked) {
    }

    /** 公民身份号码 shape: six digits of division, a birth date 18xx–20xx, sequence, check character. */
    public static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])\\d{6}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])");
    /** The 15-digit 公民身份号码 issued before 1999 (no check character). */
    public static final Pattern ID_NUMBER_15 = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}(?![0-9A-Za-z])");
    /** 统一社会信用代码 shape (GB 32100-2015 alphabet; {@code *} for a masked character). */
    public static final Pattern CREDIT_CODE = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY*]{10}(?![0-9A-Za-z])");
    /** A mobile number: 11 digits from 13…19, optionally +86, optionally in groups 3-4-4. */
    public static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:\\+?86" + Identifiers.SEPARATORS + "?)?1[3-9]\\d(?:" + Identifiers.SEPARATORS
                    + "{0,2}\\d{4}){2}(?![0-9])");
    /** A landline with its area code, in parentheses or followed by a separator, with an extension. */
    public static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(?:[（(]0\\d{2,3}[）)]\\s*|0\\d{2,3}[-－—\\s]?)(?:\\d{7,8}|\\d{3,4}[-－—\\s]\\d{4})"
                    + "(?:(?:-|转)\\d{1,5})?(?![0-9])");
    /** A residential address after its label, up to the end of the field. */
    public static final Pattern ADDRESS_LABEL = Pattern.compile(
            "(?:家庭住址|现住址|住址|户籍地址|户籍所在地|居住地址?|联系地址)[：:\\s]*([^\\s，。；;,\\n]{4,60})");
    /** Labels that introduce a person in investigation records, notices and forms. */
    public static final String NAME_LABELS = "被询问人|询问人|被检查人|证人|见证人|陪同人员|陪同人|在场人员?|当事人员|姓名"
            + "|法定代表人|主要负责人|负责人|委托代理人|代理人|受委托人|联系人|签收人|受送达人|送达人|记录人|执法人员|承办人"
            + "|审核人|批准人|经办人|缴款人|提取人|陈述人|申辩人|监护人";
    private static final Pattern NAME_LABEL = Pattern.compile(
            "(?:" + NAME_LABELS + ")(?:姓名)?[：:\\s]*([\\u4e00-\\u9fa5][\\u4e00-\\u9fa5·]{1,3})");
    /** Words that follow a name label but are not names (field captions, pronouns). */
    private static final Set<String> NOT_NAMES = Set.of("性别", "男", "女", "身份", "年龄", "民族", "职务", "单位",
            "电话", "联系", "住址", "签名", "签字", "盖章", "本人", "无", "同上", "见附件", "信息");

    /**
     * 公民身份号码: the 18-character form (checked: birth date and check character right), written
     * straight or in groups (610103 19800506 2310; a grouped candidate must have the 18-character
     * shape once its separators are removed), and the 15-digit form (never checked).
     */
    public static List<Hit> idNumbers(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = ID_NUMBER.matcher(text);
        while (m.find()) {
            String v = m.group().toUpperCase(Locale.ROOT);
            out.add(new Hit(m.start(), m.end(), Kind.ID_NUMBER, v, Identifiers.isValidIdNumber(v)));
        }
        m = ID_NUMBER_15.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), Kind.ID_NUMBER, m.group(), false));
        }
        m = Identifiers.GROUPED_ID_NUMBER.matcher(text);
        while (m.find()) {
            String v = m.group().replaceAll(Identifiers.SEPARATORS, "").toUpperCase(Locale.ROOT);
            if (!v.equals(m.group()) && ID_NUMBER.matcher(v).matches()) {
                out.add(new Hit(m.start(), m.end(), Kind.ID_NUMBER, v, Identifiers.isValidIdNumber(v)));
            }
        }
        return out;
    }

    /** 统一社会信用代码 (checked: check character right). A unit's code is public, a caller decides. */
    public static List<Hit> creditCodes(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = CREDIT_CODE.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(), m.end(), Kind.CREDIT_CODE, m.group(), Identifiers.isValidCreditCode(m.group())));
        }
        return out;
    }

    /** Mobile numbers (value: the 11 digits) and landlines (value: as written). */
    public static List<Hit> phones(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = MOBILE.matcher(text);
        while (m.find()) {
            if (insideHash(text, m.start(), m.end())) {
                continue; // eleven digits inside a SHA-256 or other long hex value are not a telephone
            }
            String digits = m.group().replaceAll("\\D", "");
            out.add(new Hit(m.start(), m.end(), Kind.MOBILE, digits.substring(digits.length() - 11), true));
        }
        m = LANDLINE.matcher(text);
        while (m.find()) {
            if (insideHash(text, m.start(), m.end())) {
                continue; // 0 and ten digits inside a hash are no more a landline than eleven are a mobile
            }
            out.add(new Hit(m.start(), m.end(), Kind.LANDLINE, m.group(), true));
        }
        return out;
    }

    /** Whether [start, end) lies in a run of 32 or more hexadecimal characters (a hash, a key, an identifier). */
    static boolean insideHash(String text, int start, int end) {
        int from = start;
        while (from > 0 && isHex(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && isHex(text.charAt(to))) {
            to++;
        }
        return to - from >= 32 && text.substring(start, end).chars().allMatch(PersonalData::isHex);
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Addresses after a residential-address label (家庭住址、住址 …): the address, not the label. */
    public static List<Hit> labelledAddresses(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = ADDRESS_LABEL.matcher(text);
        while (m.find()) {
            out.add(new Hit(m.start(1), m.end(1), Kind.ADDRESS, m.group(1), true));
        }
        return out;
    }

    /**
     * Names after a label that introduces a person (被询问人、证人、法定代表人 …), field captions cut off
     * (姓名：张三 性别 → 张三); checked when the name starts with a surname of {@link Surnames}.
     */
    public static List<Hit> labelledNames(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = NAME_LABEL.matcher(text);
        while (m.find()) {
            String n = trimName(m.group(1));
            if (n != null) {
                boolean surname = Surnames.get().surnameOf(n) != null;
                out.add(new Hit(m.start(1), m.start(1) + n.length(), Kind.NAME, n, surname));
            }
        }
        return out;
    }

    private static String trimName(String raw) {
        String n = raw;
        for (String w : NOT_NAMES) {
            if (n.startsWith(w)) {
                return null;
            }
            int at = n.indexOf(w, 2);
            if (at >= 2) {
                n = n.substring(0, at);
            }
        }
        return n.length() >= 2 ? n : null;
    }
}
