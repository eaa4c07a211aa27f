package org.jrw.logic.training;

import org.jrw.logic.privacy.Surnames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Chinese personal names in running text that no field of the manifest names, by the cues
 * investigation records and decisions put around them:
 * <ul>
 *   <li><b>after</b> a name: {@code （身份证号…}, {@code （男}, {@code ，男，}, {@code ，女，},
 *       {@code ，身份证号码}, {@code 电话 1…}, a mobile number written straight after the name;</li>
 *   <li><b>before</b> a name: role labels ({@code 证人}, {@code 询问人：}, {@code 记录人}, {@code 被询问人},
 *       {@code 陪同人员}, {@code 法定代表人}, {@code 员工}, {@code 焊工} …, also with {@code （签名）} and
 *       lists {@code 询问人：黄某、孙某}), {@code 我叫}, {@code 名叫};</li>
 *   <li><b>in brackets after a telephone number</b>: {@code 13991234567（刘建国）}.</li>
 * </ul>
 * A candidate must start with a surname of the data list ({@link Surnames}) and have one or two
 * more characters; common words that start with a surname character ({@code 单位}, {@code 安全},
 * {@code 公司} … in {@code /training/not-names.txt}) are not names. Where the end of a name is not
 * certain (a label followed by running text, {@code 证人孙丽驾驶…}), both readings are returned: the
 * three-character one and, as an alias, the two-character one, so that neither survives.
 */
final class PersonFinder {
    /** A name found; {@code alias}, when not null, is a shorter reading of the same person. */
    record Found(String name, String alias) {
    }

    static final String H = "\\u4e00-\\u9fa5";
    /** Characters that are never the first character of a name after a label. */
    static final String FUNCTION = "由于及和与对向被把将给让从在是为的了同跟叫请令派经其该本此这那各每所";
    /** Characters that end a name (the next word begins). */
    static final String STOP = ScrubberPatterns.NAME_STOP + "驾驶开操使用拿带拉送搬装卸进入站坐看听签按持携担兼任做干接填写交办领"
            + "到达称讲述说道曾均也已未不没又再便就即仍正系现表";

    private static final Pattern AFTER_CUE = Pattern.compile(
            "[（(]\\s*(?:身份证|公民身份|居民身份|男|女|性别|执法证|工号|电话|手机|联系电话|年龄|\\d{2}岁)"
                    + "|[，,、]\\s*(?:男|女)(?=[，,、。；;\\s）)]|\\d|$)"
                    + "|[，,]\\s*(?:身份证|公民身份号码|居民身份证|年龄|现年)"
                    + "|\\s*(?:联系电话|电话|手机号码|手机号|手机)[：:]?\\s*[01]\\d{6}"
                    + "|(?<=[" + H + "])1[3-9]\\d{9}(?!\\d)");
    private static final Pattern PHONE_BRACKET = Pattern.compile(
            "(?:1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})\\s*[（(]([" + H + "]{2,4})[）)]");
    static final String LABELS = "姓名|被询问人|询问人|记录人|法定代表人|主要负责人|负责人|受送达人|送达人|见证人|证人|联系人"
            + "|委托代理人|代理人|执法人员|承办人|审核人|批准人|经办人|签收人|缴款人|提取人|陈述人|申辩人|陪同人员|陪同人"
            + "|在场人员|在场人|被检查人|检查人员|检查人|举报人|投诉人|报案人|翻译人员|翻译人|当事人|持证人|签名|签字"
            + "|员工|工人|职工|焊工|电工|司机|驾驶员|驾驶人|操作工|操作人员|学徒|作业人员|安全员|带班人员|监护人员|监护人"
            + "|班长|组长|主任|经理|厂长|矿长|站长|董事长|股东|实际控制人|投资人|业主|户主|房东|承租人|出租人|我叫|名叫|本人";
    private static final Pattern BEFORE_CUE = Pattern.compile(
            "(?:" + LABELS + ")(?:[（(][^）)\\n]{1,6}[）)])?([：:]?)\\s*");

    private static volatile Set<String> notNames;

    private final Surnames surnames = Surnames.get();

    static Set<String> notNames() {
        Set<String> s = notNames;
        if (s == null) {
            Set<String> out = new HashSet<>(ScrubberPatterns.NOT_NAMES);
            try (InputStream in = PersonFinder.class.getResourceAsStream("/training/not-names.txt")) {
                if (in != null) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.startsWith("#")) {
                            for (String w : line.strip().split("\\s+")) {
                                if (!w.isEmpty()) {
                                    out.add(w);
                                }
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            s = Set.copyOf(out);
            notNames = s;
        }
        return s;
    }

    /** Whether a candidate is a common word rather than a name (or starts with one). */
    static boolean isCommonWord(String candidate) {
        Set<String> words = notNames();
        if (words.contains(candidate)) {
            return true;
        }
        for (int len = 2; len < candidate.length(); len++) {
            if (words.contains(candidate.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null || text.length() < 2) {
            return out;
        }
        Matcher m = AFTER_CUE.matcher(text);
        while (m.find()) {
            String n = nameBefore(text, m.start());
            if (n != null) {
                out.add(new Found(n, null));
            }
        }
        m = PHONE_BRACKET.matcher(text);
        while (m.find()) {
            String n = m.group(1);
            if (surnames.looksLikeName(n) && !isCommonWord(n)) {
                out.add(new Found(n, null));
            }
        }
        m = BEFORE_CUE.matcher(text);
        while (m.find()) {
            boolean colon = !m.group(1).isEmpty();
            int pos = m.end();
            // a list of names: 询问人：黄某某、孙某
            for (int k = 0; k < 6 && pos < text.length(); k++) {
                Found f = nameAfter(text, pos, colon);
                if (f == null) {
                    break;
                }
                out.add(f);
                pos += f.name().length();
                if (pos < text.length() && "、，,和及".indexOf(text.charAt(pos)) >= 0 && k < 5) {
                    pos++;
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /** The name that ends at {@code end}: four, three or two characters, the longest that reads as a name. */
    String nameBefore(String text, int end) {
        int i = end;
        while (i > 0 && end - i < 4 && Scrubber.isHan(text.charAt(i - 1))) {
            i--;
        }
        String run = text.substring(i, end);
        for (int len = Math.min(4, run.length()); len >= 2; len--) {
            String c = run.substring(run.length() - len);
            String sn = surnames.surnameOf(c);
            if (sn == null) {
                continue;
            }
            int given = len - sn.length();
            if (given < 1 || given > 2) {
                continue;
            }
            if (len >= 3 && sn.length() == 1 && FUNCTION.indexOf(c.charAt(0)) >= 0) {
                continue;
            }
            if (c.indexOf('某') >= 0 || isCommonWord(c)) {
                continue;
            }
            return c;
        }
        return null;
    }

    /** The name that starts at {@code start} (after a label), or null. */
    Found nameAfter(String text, int start, boolean strongLabel) {
        if (start >= text.length()) {
            return null;
        }
        String rest = text.substring(start, Math.min(text.length(), start + 5));
        String sn = rest.length() >= 3 && surnames.isCompound(rest.substring(0, 2)) ? rest.substring(0, 2)
                : surnames.isSingle(rest.charAt(0)) ? rest.substring(0, 1) : null;
        if (sn == null) {
            return null;
        }
        if (!strongLabel && sn.length() == 1 && Surnames.isEveryday(sn.charAt(0))) {
            return null;
        }
        // after "询问人：" the name runs to the punctuation; after a bare label, to the next word
        int len = sn.length();
        while (len < rest.length() && len < sn.length() + 2 && Scrubber.isHan(rest.charAt(len))
                && (strongLabel || STOP.indexOf(rest.charAt(len)) < 0) && rest.charAt(len) != '某') {
            len++;
        }
        if (len == sn.length()) {
            return null;
        }
        String name = rest.substring(0, len);
        if (isCommonWord(name) || ScrubberPatterns.NOT_NAMES.contains(name)) {
            return null;
        }
        boolean certainEnd = len >= rest.length() ? start + len >= text.length()
                : !Scrubber.isHan(rest.charAt(len)) || STOP.indexOf(rest.charAt(len)) >= 0 || rest.charAt(len) == '某';
        String alias = null;
        if (!certainEnd && len - sn.length() == 2) {
            alias = name.substring(0, len - 1);
            if (isCommonWord(alias)) {
                alias = null;
            }
        }
        return new Found(name, alias);
    }
}
