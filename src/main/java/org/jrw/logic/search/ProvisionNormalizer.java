package org.jrw.logic.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.law.CitationParser;
import org.jrw.logic.law.Citation;

/**
 * Reads the provisions cited in free text ({@code 《安全生产法》第九十七条第(七)项},
 * {@code 第三十二条第(六)项、第(十)项}, {@code 97条7项}, {@code 《安全生产法》(2014)第九十六条第(二)(三)项})
 * into {@link Provision}s with canonical law names and numbers. A law named once carries over to
 * the following articles until another law is named; an article carries over to following
 * paragraphs and items ({@code 第一款、第二款}). Citations naming no law get {@code defaultLaw}.
 * Citations with 第…条 are read by the law library's {@link CitationParser} (the catalogue's law
 * names and aliases); this class adds the short forms, the 2014 renumbering and the search keys.
 */
public final class ProvisionNormalizer {
    private static final String NUM = "[0-9０-９零〇一二两三四五六七八九十百千]+";
    private static final Pattern TOKEN = Pattern.compile(
            "《(?<law>[^》]{1,60})》\\s*(?:[(（]\\s*(?<year>\\d{4})\\s*年?[^)）]{0,6}[)）])?"
            + "|(?<plainlaw>[\\p{IsHan}]{2,30}?(?:法|条例|规定|办法|标准|细则|规则|决定))(?=\\s*(?:[(（]\\s*\\d{4}[^)）]{0,6}[)）])?\\s*第?\\s*" + NUM + "\\s*条)"
            + "|第?\\s*(?<art>" + NUM + ")\\s*条(?:\\s*之\\s*(?<sub>" + NUM + "))?"
            + "|第?\\s*(?<para>" + NUM + ")\\s*款"
            + "|第?\\s*(?<items>(?:[(（]\\s*" + NUM + "\\s*[)）]\\s*)+|" + NUM + ")\\s*项");
    private static final Pattern ITEM_NUM = Pattern.compile(NUM);
    private static final Pattern PLAIN_YEAR = Pattern.compile("^\\s*[(（]\\s*(\\d{4})");
    private static final String[] LAW_PREFIXES = {"中华人民共和国", "依据", "根据", "违反", "按照", "参照", "应为", "推定", "原"};
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("安法", "安全生产法"),
            Map.entry("安全法", "安全生产法"),
            Map.entry("行政处罚法", "行政处罚法"),
            Map.entry("刑法修正案(十一)", "刑法修正案（十一）"));

    private ProvisionNormalizer() {
    }

    public static List<Provision> parse(String text) {
        return parse(text, null);
    }

    /**
     * The provisions cited in {@code text}, in order, without duplicates. Citations written with
     * 第…条 are read by the law library's {@link CitationParser} (law names and aliases of the
     * catalogue); short forms it does not read ({@code 97条7项}, {@code 安全生产法97条}) by
     * {@link #parseShortForms}.
     */
    public static List<Provision> parse(String text, String defaultLaw) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        List<Citation> cited;
        try {
            cited = CitationParser.parseAll(text);
        } catch (RuntimeException e) {
            cited = List.of(); // a parser problem must not stop search; the short-form reader still works
        }
        if (cited.isEmpty()) {
            return parseShortForms(text, defaultLaw);
        }
        List<Provision> out = new ArrayList<>();
        for (Citation c : cited) {
            String law = c.law() != null ? canonicalLaw(c.law()) : defaultLaw;
            boolean edition2014 = Integer.valueOf(2014).equals(c.edition()) && "安全生产法".equals(law);
            add(out, law, edition2014, c.article(), c.suffix(), c.paragraph() == null ? 0 : c.paragraph(),
                    c.item() == null ? 0 : c.item());
        }
        return mostSpecific(out);
    }

    /** The reader for forms without 第 ({@code 97条7项}) and for when the catalogue is unavailable. */
    static List<Provision> parseShortForms(String text, String defaultLaw) {
        List<Provision> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String law = defaultLaw;
        boolean edition2014 = false;
        int article = 0;
        int sub = 0;
        int para = 0;
        Matcher m = TOKEN.matcher(text);
        int lastEnd = 0;
        while (m.find()) {
            String gap = text.substring(lastEnd, m.start());
            lastEnd = m.end();
            if (gap.contains("；") || gap.contains(";") || gap.contains("。")) {
                article = 0; // a new sentence: articles do not carry over (the law does, until another is named)
            }
            if (m.group("law") != null || m.group("plainlaw") != null) {
                String name = m.group("law") != null ? m.group("law") : m.group("plainlaw");
                law = canonicalLaw(name);
                String year = m.group("year");
                if (year == null && m.group("plainlaw") != null) {
                    Matcher y = PLAIN_YEAR.matcher(text.substring(m.end()));
                    year = y.find() ? y.group(1) : null;
                }
                edition2014 = "2014".equals(year) && "安全生产法".equals(law);
                article = 0;
                continue;
            }
            if (m.group("art") != null) {
                article = number(m.group("art"));
                sub = m.group("sub") != null ? number(m.group("sub")) : 0;
                para = 0;
                add(out, law, edition2014, article, sub, 0, 0);
                continue;
            }
            if (article == 0) {
                continue; // a paragraph or item with no article before it: not a citation we can place
            }
            if (m.group("para") != null) {
                para = number(m.group("para"));
                add(out, law, edition2014, article, sub, para, 0);
                continue;
            }
            Matcher n = ITEM_NUM.matcher(m.group("items"));
            while (n.find()) {
                add(out, law, edition2014, article, sub, para, number(n.group()));
            }
        }
        return mostSpecific(out);
    }

    /** Keeps only the most specific citation of each article/paragraph chain, without duplicates. */
    private static List<Provision> mostSpecific(List<Provision> out) {
        List<Provision> result = new ArrayList<>();
        for (Provision p : out) {
            boolean covered = out.stream().anyMatch(q -> q != p && moreSpecific(q, p));
            if (!covered && !result.contains(p)) {
                result.add(p);
            }
        }
        return result;
    }

    private static boolean moreSpecific(Provision q, Provision p) {
        if (!java.util.Objects.equals(q.law(), p.law()) || q.article() != p.article() || q.sub() != p.sub()) {
            return false;
        }
        if (p.paragraph() == 0 && p.item() == 0) {
            return q.paragraph() > 0 || q.item() > 0;
        }
        return p.item() == 0 && q.paragraph() == p.paragraph() && q.item() > 0;
    }

    private static void add(List<Provision> out, String law, boolean edition2014, int article, int sub, int para,
                            int item) {
        String l = law;
        int a = article;
        if (edition2014) {
            int mapped = map2014(article);
            if (mapped > 0) {
                a = mapped;
            } else {
                l = law + "(2014)";
            }
        }
        out.add(new Provision(l, a, sub, para, item));
    }

    /**
     * The 2021 article number of an article of the 安全生产法 as numbered in 2014, where known; 0 if
     * not. Checked against the 2021 text in {@code resources/laws/work-safety-law-2021.md}: the
     * 2021 amendment inserted articles before 2014 第十六条 (so 2014 第十六条 to 第一百零五条 moved
     * by three), inserted 第一百零九条 (安全生产责任保险, so 2014 第一百零六、一百零七条 moved by four)
     * and 第一百一十二条 (按日连续处罚, so 2014 第一百零八条 to the end moved by five). The first
     * fifteen articles were reorganised and are left unmapped.
     */
    public static int map2014(int article2014) {
        if (article2014 >= 16 && article2014 <= 105) {
            return article2014 + 3;
        }
        if (article2014 == 106 || article2014 == 107) {
            return article2014 + 4;
        }
        if (article2014 >= 108 && article2014 <= 114) {
            return article2014 + 5;
        }
        return 0;
    }

    /** Canonical law name: without 《》, the 中华人民共和国 prefix, verbs such as 依据 or 原, and aliases. */
    public static String canonicalLaw(String name) {
        String s = name.strip().replace('（', '(').replace('）', ')').replace(" ", "");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : LAW_PREFIXES) {
                if (s.startsWith(p) && s.length() > p.length() + 1) {
                    s = s.substring(p.length());
                    changed = true;
                }
            }
        }
        return ALIASES.getOrDefault(s, s);
    }

    /** Arabic (ASCII or full-width) or Chinese numerals up to the thousands. */
    public static int number(String s) {
        String t = s.strip();
        StringBuilder digits = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            }
        }
        if (digits.length() == t.length()) {
            return Integer.parseInt(digits.toString());
        }
        int total = 0;
        int current = 0;
        for (char c : t.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                current = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 1;
            };
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }
}
