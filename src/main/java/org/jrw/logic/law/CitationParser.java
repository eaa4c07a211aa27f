package org.jrw.logic.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads citations of legal provisions: {@code 《安全生产法》第九十七条第(七)项},
 * {@code 《中华人民共和国安全生产法》第九十七条第一款第七项}, {@code 第九十七条第七项},
 * {@code 第九十七条（七）}, {@code 97条1款7项}, {@code 刑法第一百三十四条之一第（一）项},
 * {@code 《安全生产法》（2014）第九十六条}. Chinese or Arabic numerals (half or full width),
 * full- or half-width brackets, spaces anywhere. A law named once carries over to the following
 * articles; an article carries over to following paragraphs and items
 * ({@code 第三十条第一款、第二款}, {@code 第九十九条第（二）（三）项}).
 */
public final class CitationParser {
    private static final String NUM = "[零〇一二两三四五六七八九十百千0-9]+";
    private static final String LAW_END = "(?:法|条例|规定|办法|细则|规则|决定|解释|标准)";
    private static final Pattern TOKEN = Pattern.compile(
            "《(?<law>[^》]{1,80})》"
            + "|\\((?<year>(?:19|20)\\d{2})[^)]{0,12}\\)"
            // a bracket after a plain name is part of it (刑法修正案(十一)) unless it is the edition's year
            + "|(?<plain>[\\p{IsHan}]{1,40}?" + LAW_END + "(?:\\((?!(?:19|20)\\d{2})[^)]{1,10}\\))?)(?=(?:\\((?:19|20)\\d{2}[^)]{0,12}\\))?第?" + NUM + "条)"
            + "|第?(?<art>" + NUM + ")条(?:之(?<sub>" + NUM + "))?"
            + "|第?(?<para>" + NUM + ")款"
            + "|第?(?<items>(?:\\(" + NUM + "\\))+)项?"
            + "|第?(?<item>" + NUM + ")项"
            + "|(?<stop>[；;。])");
    private static final Pattern BRACKETED = Pattern.compile("\\((" + NUM + ")\\)");
    private static final String[] PREFIXES = {"依据", "根据", "违反了", "违反", "依照", "按照", "参照", "适用", "属于", "应当"};

    private CitationParser() {
    }

    /** The first citation in the text, if any. */
    public static Optional<Citation> parse(String text) {
        List<Citation> all = parseAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every citation in the text, in order. */
    public static List<Citation> parseAll(String text) {
        List<Citation> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String s = normalize(text);
        String law = null;
        Integer year = null;
        State cur = null;
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            if (m.group("law") != null || m.group("plain") != null) {
                if (cur != null) {
                    cur.emit(out, text);
                    cur = null;
                }
                law = m.group("law") != null ? m.group("law").strip() : stripPrefix(m.group("plain"));
                year = null;
            } else if (m.group("year") != null) {
                if (cur == null) {
                    year = Integer.valueOf(m.group("year"));
                }
            } else if (m.group("art") != null) {
                int a = ChineseNumerals.parse(m.group("art"));
                int sub = m.group("sub") == null ? 0 : ChineseNumerals.parse(m.group("sub"));
                if (cur != null) {
                    cur.emit(out, text);
                }
                cur = a > 0 ? new State(law, year, a, sub) : null;
            } else if (m.group("para") != null) {
                if (cur == null) {
                    continue;
                }
                if (cur.para != null || cur.item != null) {
                    cur = cur.emitAndNext(out, text);
                    cur.item = null;
                }
                cur.para = ChineseNumerals.parse(m.group("para"));
            } else if (m.group("items") != null || m.group("item") != null) {
                if (cur == null) {
                    continue;
                }
                List<Integer> items = new ArrayList<>();
                if (m.group("items") != null) {
                    Matcher b = BRACKETED.matcher(m.group("items"));
                    while (b.find()) {
                        items.add(ChineseNumerals.parse(b.group(1)));
                    }
                } else {
                    items.add(ChineseNumerals.parse(m.group("item")));
                }
                for (int it : items) {
                    if (cur.item != null) {
                        cur = cur.emitAndNext(out, text);
                    }
                    cur.item = it;
                }
            } else if (m.group("stop") != null) {
                if (cur != null) {
                    cur.emit(out, text);
                    cur = null;
                }
            }
        }
        if (cur != null) {
            cur.emit(out, text);
        }
        return out;
    }

    /** Half-width brackets and digits, no spaces. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c == '（' || c == '〔' || c == '［' || c == '[') {
                sb.append('(');
            } else if (c == '）' || c == '〕' || c == '］' || c == ']') {
                sb.append(')');
            } else if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '〈') {
                sb.append('<');
            } else if (c == '〉') {
                sb.append('>');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String stripPrefix(String name) {
        String n = name;
        boolean again = true;
        while (again) {
            again = false;
            for (String p : PREFIXES) {
                if (n.startsWith(p) && n.length() > p.length() + 1) {
                    n = n.substring(p.length());
                    again = true;
                }
            }
        }
        return n;
    }

    private static final class State {
        final String law;
        final Integer year;
        final int article;
        final int sub;
        Integer para;
        Integer item;
        boolean emitted;

        State(String law, Integer year, int article, int sub) {
            this.law = law;
            this.year = year;
            this.article = article;
            this.sub = sub;
        }

        void emit(List<Citation> out, String raw) {
            if (!emitted) {
                out.add(new Citation(law, year, article, sub, para, item, raw));
                emitted = true;
            }
        }

        State emitAndNext(List<Citation> out, String raw) {
            emit(out, raw);
            State n = new State(law, year, article, sub);
            n.para = para;
            return n;
        }
    }
}
