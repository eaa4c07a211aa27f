package org.jrw.logic.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.privacy.PersonalData;
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
 * The detectors are the shared ones of {@link PersonalData} (ADR 0140); this class adds what the
 * dossier knows and the meeting's policy (what stays visible). Finding is done on plain strings; the caller decides how to hide a span (replace characters in a
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
        // the shared detectors (logic.privacy, ADR 0140); the mask hides every candidate, checked or not
        for (PersonalData.Hit h : PersonalData.idNumbers(text)) {
            out.add(new Span(h.start(), h.end(), Kind.ID_NUMBER));
        }
        for (PersonalData.Hit h : PersonalData.phones(text)) {
            out.add(new Span(h.start(), h.end(), Kind.PHONE));
        }
        for (PersonalData.Hit h : PersonalData.labelledAddresses(text)) {
            out.add(new Span(h.start(), h.end(), Kind.ADDRESS));
        }
        for (String a : addresses) {
            literal(out, text, Identifiers.halfWidth(a), Kind.ADDRESS);
        }
        if (options.otherPersonNames()) {
            Set<String> here = new LinkedHashSet<>(names);
            for (PersonalData.Hit h : PersonalData.labelledNames(text)) {
                if (!keep.contains(h.value())) {
                    here.add(h.value());
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
