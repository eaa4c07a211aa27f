package org.jrw.logic.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.BadInputException;

/**
 * Parses provision citations written the many ways dossiers and published cases write them:
 * 《安全生产法》第九十七条第(七)项, 《中华人民共和国安全生产法》第九十七条第一款第七项, 第九十七条第七项,
 * 第九十七条（七）, Arabic numbers (第97条第1款第7项), full- or half-width brackets, 第一百三十四条之一,
 * several items (第十一条第(三)(六)项, 第(七)项、第(十)项), several paragraphs (第一款、第二款), several
 * articles of one law (第三十三条第一款、第三十五条第三款) and several laws in one text
 * (…;《工贸企业重大事故隐患判定标准》第三条第(二)项). Law names are matched against the catalogue's
 * titles and aliases (危化品条例 → 危险化学品安全管理条例), in 《》 or bare.
 *
 * <p>Pure text work: no lookup of articles (that is {@link CitationResolver}). The canonical id of a
 * parsed reference is {@link ParsedCitation#canonicalId()}; {@link #canonicalIds(String)} gives the
 * ids of every reference in a text, e.g. to normalise the provisions of precedent records.
 */
public final class CitationParser {
    private static final String NUM = "[零〇一二两三四五六七八九十百千0-9]+";
    private static final Pattern ARTICLE = Pattern.compile("第(" + NUM + ")条(?:之(" + NUM + "))?");
    private static final Pattern PARAGRAPH = Pattern.compile("[、,，及和与或]?第(" + NUM + ")款");
    private static final Pattern ITEM_PARENS = Pattern.compile("[、,，及和与或]?第?((?:\\(" + NUM + "\\))+)项?");
    private static final Pattern ITEM_PLAIN = Pattern.compile("[、,，及和与或]?第(" + NUM + ")项");
    private static final Pattern BRACKETED = Pattern.compile("[《〈<]([^》〉>]{1,60})[》〉>]");
    private static final Pattern VERSION_HINT = Pattern.compile("\\((\\d{4})(?:年[^)]{0,10})?\\)");
    private static final Pattern ONE_PAREN = Pattern.compile("\\((" + NUM + ")\\)");

    private final LawCatalog catalog;
    private final Pattern bareNames;

    public CitationParser(LawCatalog catalog) {
        this.catalog = catalog;
        List<String> names = new ArrayList<>();
        for (LawCatalog.LawEntry e : catalog.laws()) {
            names.add(LawCatalog.normalizeName(e.title()));
            names.add(LawCatalog.normalizeName(e.key()));
            e.aliases().forEach(a -> names.add(LawCatalog.normalizeName(a)));
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            if (n.isEmpty() || n.startsWith("国务院令") || n.matches("\\d+号令")) {
                continue;
            }
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(n));
        }
        this.bareNames = Pattern.compile("(?:中华人民共和国)?(" + alt + ")");
    }

    private static volatile CitationParser standard;

    /** A parser over the bundled catalogue's law names. */
    public static CitationParser standard() {
        CitationParser p = standard;
        if (p == null) {
            p = new CitationParser(LawCatalog.bundled());
            standard = p;
        }
        return p;
    }

    public LawCatalog catalog() {
        return catalog;
    }

    /**
     * Normalises citation text: full-width digits and brackets to half width, 〔〕【】 kept, white
     * space removed.
     */
    public static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        String t = ChineseNumerals.toHalfWidthDigits(text);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '（' -> b.append('(');
                case '）' -> b.append(')');
                case '，' -> b.append(',');
                case '；' -> b.append(';');
                case '：' -> b.append(':');
                default -> {
                    if (!Character.isWhitespace(c) && c != '\u3000') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Every provision reference in a text, in order; empty when there is none. */
    public List<ParsedCitation> parseAll(String text) {
        List<ParsedCitation> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String t = normalize(text);
        String lawName = null;
        String lawKey = null;
        String hint = null;
        int i = 0;
        Matcher art = ARTICLE.matcher(t);
        Matcher br = BRACKETED.matcher(t);
        Matcher bare = bareNames.matcher(t);
        while (i < t.length()) {
            // the nearest of: bracketed law name, bare law name, article
            int aPos = art.find(i) ? art.start() : Integer.MAX_VALUE;
            int bPos = br.find(i) ? br.start() : Integer.MAX_VALUE;
            int nPos = bare.find(i) ? bare.start() : Integer.MAX_VALUE;
            int next = Math.min(aPos, Math.min(bPos, nPos));
            if (next == Integer.MAX_VALUE) {
                break;
            }
            if (next == bPos && bPos <= aPos) {
                String written = LawCatalog.normalizeName(br.group(1));
                lawName = written;
                lawKey = catalog.find(written).map(LawCatalog.LawEntry::key).orElse(null);
                i = br.end();
                hint = null;
                Matcher h = VERSION_HINT.matcher(t).region(i, t.length());
                if (h.lookingAt()) {
                    hint = h.group(1);
                    i = h.end();
                }
                continue;
            }
            if (next == nPos && nPos < aPos) {
                String written = LawCatalog.normalizeName(bare.group(1));
                lawName = written;
                lawKey = catalog.find(written).map(LawCatalog.LawEntry::key).orElse(null);
                i = bare.end();
                hint = null;
                Matcher h = VERSION_HINT.matcher(t).region(i, t.length());
                if (h.lookingAt()) {
                    hint = h.group(1);
                    i = h.end();
                }
                continue;
            }
            int article = ChineseNumerals.parseInt(art.group(1));
            int sub = art.group(2) == null ? 0 : ChineseNumerals.parseInt(art.group(2));
            int start = art.start();
            i = art.end();
            if (article <= 0 || sub < 0) {
                continue;
            }
            // paragraphs and items that follow
            List<Integer[]> refs = new ArrayList<>();
            Integer para = null;
            boolean paraUsed = true;
            while (i < t.length()) {
                Matcher m;
                if ((m = PARAGRAPH.matcher(t).region(i, t.length())).lookingAt()) {
                    if (!paraUsed) {
                        refs.add(new Integer[] {para, null});
                    }
                    para = ChineseNumerals.parseInt(m.group(1));
                    paraUsed = false;
                    i = m.end();
                } else if ((m = ITEM_PLAIN.matcher(t).region(i, t.length())).lookingAt()) {
                    refs.add(new Integer[] {para, ChineseNumerals.parseInt(m.group(1))});
                    paraUsed = true;
                    i = m.end();
                } else if ((m = ITEM_PARENS.matcher(t).region(i, t.length())).lookingAt()) {
                    Matcher one = ONE_PAREN.matcher(m.group(1));
                    while (one.find()) {
                        refs.add(new Integer[] {para, ChineseNumerals.parseInt(one.group(1))});
                    }
                    paraUsed = true;
                    i = m.end();
                } else {
                    break;
                }
            }
            if (!paraUsed) {
                refs.add(new Integer[] {para, null});
            }
            String src = t.substring(start, i);
            if (refs.isEmpty()) {
                out.add(new ParsedCitation(lawName, lawKey, hint, article, sub, null, null, src));
            }
            for (Integer[] r : refs) {
                out.add(new ParsedCitation(lawName, lawKey, hint, article, sub, r[0], r[1], src));
            }
        }
        return out;
    }

    /**
     * The single (first) provision reference of a text.
     *
     * @throws BadInputException {@code law.citation.unparseable} when the text holds no reference
     */
    public ParsedCitation parse(String text) {
        List<ParsedCitation> all = parseAll(text);
        if (all.isEmpty()) {
            throw new BadInputException("law.citation.unparseable", text == null ? "" : text);
        }
        return all.get(0);
    }

    /** Canonical ids of every reference in a text (see {@link ParsedCitation#canonicalId()}). */
    public List<String> canonicalIds(String text) {
        return parseAll(text).stream().map(ParsedCitation::canonicalId).distinct().toList();
    }

    /** Canonical id of the first reference of a text, or null when it holds none. */
    public String canonicalId(String text) {
        List<ParsedCitation> all = parseAll(text);
        return all.isEmpty() ? null : all.get(0).canonicalId();
    }
}
