package org.jrw.logic.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a law text in the library's Markdown layout: {@code # title}, the history lines up to
 * {@code <!-- INFO END -->}, {@code ##}/{@code ###} headings (编, 章, 节), articles starting a line
 * with {@code 第X条} or {@code 第X条之一}, further lines of an article as paragraphs (款), and lines
 * {@code （一）} / {@code (一)} as items (项) of the paragraph before them. Full- and half-width
 * brackets, colons and spaces are all accepted.
 */
public final class LawTextParser {
    private static final String NUM = "[零〇一二两三四五六七八九十百千0-9０-９]+";
    private static final Pattern ARTICLE = Pattern.compile(
            "^第(" + NUM + ")条(?:之(" + NUM + "))?(?:[\\s\u3000]+|$)(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[（(]\\s*(" + NUM + ")\\s*[）)]\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(#{2,6})\\s*(.*?)\\s*$");

    private LawTextParser() {
    }

    public static LawText parse(String source) {
        String[] lines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        String title = null;
        List<String> history = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        Map<String, Article> articles = new LinkedHashMap<>();
        boolean infoEnded = false;
        boolean anyHeadingOrArticle = false;
        List<String> path = new ArrayList<>();
        List<Integer> pathLevels = new ArrayList<>();
        List<Heading> pendingHeadings = new ArrayList<>();

        Builder current = null;
        for (String raw : lines) {
            String line = raw.strip().replace('\u3000', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            if (title == null && line.startsWith("# ")) {
                title = line.substring(2).strip();
                continue;
            }
            if (line.startsWith("<!--")) {
                if (line.contains("INFO END")) {
                    infoEnded = true;
                }
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                int level = h.group(1).length() - 1;
                String text = h.group(2).replaceAll("\\s+", " ");
                enter(path, pathLevels, level, text);
                Heading placeholder = new Heading(level, text, null);
                headings.add(placeholder);
                pendingHeadings.add(placeholder);
                anyHeadingOrArticle = true;
                continue;
            }
            Matcher a = ARTICLE.matcher(line);
            if (a.matches()) {
                int number = ChineseNumerals.parse(a.group(1));
                int suffix = a.group(2) == null ? 0 : ChineseNumerals.parse(a.group(2));
                if (number > 0 && suffix >= 0) {
                    if (current != null) {
                        articles.putIfAbsent(current.key(), current.build());
                    }
                    current = new Builder(number, suffix, List.copyOf(path));
                    String key = current.key();
                    for (Heading ph : pendingHeadings) {
                        headings.set(headings.indexOf(ph), new Heading(ph.level(), ph.title(), key));
                    }
                    pendingHeadings.clear();
                    current.paragraph(a.group(3).strip());
                    anyHeadingOrArticle = true;
                    continue;
                }
            }
            if (current == null) {
                if (!infoEnded && !anyHeadingOrArticle) {
                    history.add(line);
                }
                continue;
            }
            Matcher i = ITEM.matcher(line);
            if (i.matches() && ChineseNumerals.parse(i.group(1)) > 0) {
                current.item(ChineseNumerals.parse(i.group(1)), i.group(2).strip());
            } else {
                current.paragraph(line);
            }
        }
        if (current != null) {
            articles.putIfAbsent(current.key(), current.build());
        }
        return new LawText(title, List.copyOf(history), List.copyOf(headings), articles);
    }

    /** The heading path after a heading of {@code level}: deeper or equal headings are left, this one entered. */
    private static void enter(List<String> path, List<Integer> pathLevels, int level, String text) {
        while (!pathLevels.isEmpty() && pathLevels.get(pathLevels.size() - 1) >= level) {
            pathLevels.remove(pathLevels.size() - 1);
            path.remove(path.size() - 1);
        }
        path.add(text);
        pathLevels.add(level);
    }

    private static final class Builder {
        final int number;
        final int suffix;
        final List<String> headings;
        final List<String> paragraphTexts = new ArrayList<>();
        final List<List<Item>> items = new ArrayList<>();

        Builder(int number, int suffix, List<String> headings) {
            this.number = number;
            this.suffix = suffix;
            this.headings = headings;
        }

        String key() {
            return Article.key(number, suffix);
        }

        void paragraph(String text) {
            paragraphTexts.add(text);
            items.add(new ArrayList<>());
        }

        void item(int n, String text) {
            if (paragraphTexts.isEmpty()) {
                paragraph("");
            }
            items.get(items.size() - 1).add(new Item(n, text));
        }

        Article build() {
            List<Paragraph> ps = new ArrayList<>();
            for (int k = 0; k < paragraphTexts.size(); k++) {
                ps.add(new Paragraph(k + 1, paragraphTexts.get(k), List.copyOf(items.get(k))));
            }
            return new Article(number, suffix, headings, List.copyOf(ps));
        }
    }
}
