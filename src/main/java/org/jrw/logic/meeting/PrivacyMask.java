package org.jrw.logic.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.model.Dossier;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;

/**
 * Finds personal data in text shown to the audience of a meeting: 公民身份号码 (18 digits with a
 * plausible birth date, and the old 15-digit form), mobile and landline numbers, the residential
 * addresses of persons (from the dossier and after 住址 labels; a unit's registered address is public
 * and stays visible, even after such a label), and — when configured — the names
 * of persons other than the party (legal representatives, witnesses, persons interviewed).
 * Officers' names and the party's own name are never masked: the panel discusses them.
 * <p>
 * Finding is done on plain strings; the caller decides how to hide a span (replace characters in a
 * label, paint over a rectangle of a rendered page).
 */
public final class PrivacyMask {

    /** What to mask. {@code enabled = false} masks nothing. */
    public record Options(boolean enabled, boolean otherPersonNames) {
        /** On, names left visible: the meeting default. */
        public static final Options DEFAULT = new Options(true, false);
    }

    /** The kind of personal data a span holds. */
    public enum Kind { ID_NUMBER, PHONE, ADDRESS, NAME }

    /** Characters {@code start..end} (exclusive) of a text. */
    public record Span(int start, int end, Kind kind) {
    }

    /** The character that replaces every masked character in text. */
    public static final char MASK_CHAR = '＊';

    private static final Pattern ID18 = Pattern.compile(
            "(?<![0-9A-Za-z])([1-9]\\d{5})((?:18|19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern ID15 = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(?:0\\d{2,3}[- ]?)(?:\\d{7,8}|\\d{3,4}[- ]\\d{4})(?![0-9])"
                    + "|(?<![0-9])\\(0\\d{2,3}\\)\\s?(?:\\d{7,8}|\\d{3,4}[- ]\\d{4})(?![0-9])");
    /** A residential address after its label, up to the end of the field. */
    private static final Pattern ADDRESS_LABEL = Pattern.compile(
            "(?:家庭住址|现住址|住址|户籍地址|户籍所在地|居住地址?|联系地址)[：:\\s]*([^\\s，。；;,\\n]{4,60})");
    /** A person's name after a label that introduces a person. */
    private static final Pattern NAME_LABEL = Pattern.compile(
            "(?:被询问人|被检查人|证人|见证人|陪同人员|陪同人|在场人员?|当事人员|姓名|法定代表人|主要负责人|负责人|委托代理人|代理人|受委托人|联系人|签收人|受送达人)"
                    + "(?:姓名)?[：:\\s]*([\\u4e00-\\u9fa5][\\u4e00-\\u9fa5·]{1,3})");
    /** Words that follow a name label but are not names (field captions, pronouns). */
    private static final Set<String> NOT_NAMES = Set.of("性别", "男", "女", "身份", "年龄", "民族", "职务", "单位",
            "电话", "联系", "住址", "签名", "签字", "盖章", "本人", "无", "同上", "见附件", "信息");

    private final Options options;
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> keep = new LinkedHashSet<>();
    private final Set<String> addresses = new LinkedHashSet<>();
    /** Addresses of units (companies, bodies): public registration data, never masked. */
    private final Set<String> unitAddresses = new LinkedHashSet<>();

    private PrivacyMask(Options options) {
        this.options = options == null ? Options.DEFAULT : options;
    }

    /** A mask for a dossier: its persons' names and addresses are known beforehand. */
    public static PrivacyMask of(Dossier d, Options o) {
        PrivacyMask m = new PrivacyMask(o);
        if (d != null) {
            for (Party p : d.parties()) {
                if (p.name() != null) {
                    m.keep.add(p.name().strip());
                }
                if (p.legalRepresentative() != null && !p.legalRepresentative().isBlank()) {
                    m.names.add(p.legalRepresentative().strip());
                }
                if (p.address() != null && p.address().strip().length() >= 4) {
                    // only a natural person's address is personal data; a unit's registered
                    // address is public (营业执照, 企业信用信息公示)
                    (p.kind() == PartyKind.PERSON ? m.addresses : m.unitAddresses).add(p.address().strip());
                }
            }
            for (Officer off : d.officers()) {
                if (off.name() != null) {
                    m.keep.add(off.name().strip());
                }
            }
            m.names.removeAll(m.keep);
            // an address that is a unit's registered address is public even when a person (the legal
            // representative, a sole proprietor) gives it too
            m.addresses.removeAll(m.unitAddresses);
        }
        return m;
    }

    /** A mask knowing no dossier: patterns only. */
    public static PrivacyMask patternsOnly(Options o) {
        return new PrivacyMask(o);
    }

    public Options options() {
        return options;
    }

    /** Every span of personal data in the text, in order, overlapping spans merged. */
    public List<Span> find(String original) {
        List<Span> out = new ArrayList<>();
        if (!options.enabled() || original == null || original.isEmpty()) {
            return out;
        }
        // full-width digits (１３９…) as ASCII: one character for one, so the spans fit the original
        String text = Identifiers.halfWidth(original);
        add(out, ID18, text, Kind.ID_NUMBER, 0);
        add(out, ID15, text, Kind.ID_NUMBER, 0);
        Matcher g = Identifiers.GROUPED_ID_NUMBER.matcher(text);
        while (g.find()) {
            if (ID18.matcher(g.group().replaceAll(Identifiers.SEPARATORS, "")).matches()) {
                out.add(new Span(g.start(), g.end(), Kind.ID_NUMBER));
            }
        }
        add(out, MOBILE, text, Kind.PHONE, 0);
        add(out, LANDLINE, text, Kind.PHONE, 0);
        add(out, ADDRESS_LABEL, text, Kind.ADDRESS, 1);
        for (String a : addresses) {
            literal(out, text, Identifiers.halfWidth(a), Kind.ADDRESS);
        }
        if (options.otherPersonNames()) {
            Set<String> here = new LinkedHashSet<>(names);
            Matcher m = NAME_LABEL.matcher(text);
            while (m.find()) {
                String n = trimName(m.group(1));
                if (n != null && !keep.contains(n)) {
                    here.add(n);
                }
            }
            for (String n : here) {
                literal(out, text, n, Kind.NAME);
            }
        }
        if (!unitAddresses.isEmpty()) {
            List<Span> units = new ArrayList<>();
            for (String a : unitAddresses) {
                literal(units, text, Identifiers.halfWidth(a), Kind.ADDRESS);
            }
            out.removeIf(sp -> sp.kind() == Kind.ADDRESS
                    && units.stream().anyMatch(u -> sp.start() < u.end() && u.start() < sp.end()));
        }
        return merge(out);
    }

    /** The text with every masked character replaced by {@link #MASK_CHAR}. */
    public String apply(String text) {
        List<Span> spans = find(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                if (!Character.isWhitespace(sb.charAt(i))) {
                    sb.setCharAt(i, MASK_CHAR);
                }
            }
        }
        return sb.toString();
    }

    /** Spans as {@code int[]{start, end}} (the form the page locator takes). */
    public List<int[]> ranges(String text) {
        return find(text).stream().map(s -> new int[] {s.start(), s.end()}).toList();
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

    private static void add(List<Span> out, Pattern p, String text, Kind k, int group) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = group == 0 ? m.start() : m.start(group);
            int e = group == 0 ? m.end() : m.end(group);
            if (e > s) {
                out.add(new Span(s, e, k));
            }
        }
    }

    private static void literal(List<Span> out, String text, String needle, Kind k) {
        if (needle.isEmpty()) {
            return;
        }
        int from = 0;
        int at;
        while ((at = text.indexOf(needle, from)) >= 0) {
            out.add(new Span(at, at + needle.length(), k));
            from = at + needle.length();
        }
    }

    private static List<Span> merge(List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() < last.end()) {
                if (s.end() > last.end()) {
                    out.set(out.size() - 1, new Span(last.start(), s.end(), last.kind()));
                }
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
