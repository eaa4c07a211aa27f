package org.jrw.logic.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one file as logical lines per page: a PDF's lines that merely wrap inside a
 * paragraph are joined again (Chinese needs no space between them), so a sentence or a citation
 * broken by the layout ({@code 第三十条第\n一款}) reads as one. DOCX paragraphs are logical lines
 * already; a DOCX or text file is one "page" (page number null in the sources).
 */
public record DocText(String file, List<List<String>> pages, boolean paged) {
    private static final Pattern LABEL_START = Pattern.compile("^[\\u4e00-\\u9fa5（）()]{1,14}[：:]");
    private static final Pattern DATE_ONLY = Pattern.compile("^[\\d〇零○一二三四五六七八九十]{4}年.{1,3}月.{1,4}日$");

    public static final DocText EMPTY = new DocText("", List.of(), false);

    /** Text of a paged document (PDF): each page's raw text, lines as the text stripper wrote them. */
    public static DocText ofPages(String file, List<String> rawPages) {
        List<List<String>> pages = new ArrayList<>();
        for (String p : rawPages) {
            List<String> lines = new ArrayList<>(logicalLines(p));
            // a sentence running over the page break (…决定给予罚 / —1— / 款人民币贰万元整…) is joined
            // to the page it starts on
            if (!pages.isEmpty() && !lines.isEmpty()) {
                List<String> prev = pages.get(pages.size() - 1);
                if (!prev.isEmpty() && continues(prev.get(prev.size() - 1), lines.get(0), rawPages.get(pages.size() - 1))) {
                    prev.set(prev.size() - 1, prev.get(prev.size() - 1) + lines.remove(0));
                }
            }
            pages.add(lines);
        }
        return new DocText(file, pages, true);
    }

    /** Whether the first line of a page continues the last line of the page before. */
    private static boolean continues(String last, String first, String rawPrev) {
        int max = 0;
        for (String l : rawPrev.split("\\R")) {
            max = Math.max(max, width(clean(l)));
        }
        String lastRaw = null;
        for (String l : rawPrev.split("\\R")) {
            String t = clean(l);
            if (!t.isEmpty() && !t.matches("[—\\-－]\\s*\\d+\\s*[—\\-－]") && !t.matches("第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页")) {
                lastRaw = t;
            }
        }
        return lastRaw != null && max >= 16 && width(lastRaw) >= max * 0.85
                && !last.matches(".*[。；;：:！？]$")
                && !LABEL_START.matcher(first).find() && !DATE_ONLY.matcher(first).matches();
    }

    /** Text of a flowing document (DOCX paragraphs, a text file's lines) as one page. */
    public static DocText ofParagraphs(String file, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            for (String l : p.split("\\R")) {
                String t = clean(l);
                if (!t.isEmpty()) {
                    lines.add(t);
                }
            }
        }
        return new DocText(file, List.of(lines), false);
    }

    public boolean isBlank() {
        return pages.stream().allMatch(p -> p.stream().allMatch(String::isBlank));
    }

    /** All text, pages separated by a blank line (for classification). */
    public String all() {
        StringBuilder sb = new StringBuilder();
        for (List<String> p : pages) {
            p.forEach(l -> sb.append(l).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The first few lines of the first page (title and number). */
    public List<String> head(int n) {
        if (pages.isEmpty()) {
            return List.of();
        }
        List<String> p = pages.get(0);
        return p.subList(0, Math.min(n, p.size()));
    }

    /** The page number for sources (1-based), or null for a document without pages. */
    public Integer pageNumber(int index) {
        return paged ? index + 1 : null;
    }

    /**
     * Blanks collapsed to one (a blank separates a form's label from its value); a letter-spaced
     * line (most Chinese characters separated by blanks) is closed up.
     */
    static String clean(String l) {
        String t = l.replace('\u00A0', ' ').replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
        int cjk = 0;
        int spaced = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x2E80) {
                cjk++;
                if (i + 2 < t.length() && t.charAt(i + 1) == ' ' && t.charAt(i + 2) >= 0x2E80) {
                    spaced++;
                }
            }
        }
        if (cjk >= 4 && spaced * 2 >= cjk) {
            t = t.replaceAll("(?<=[^\\x00-\\x7F]) (?=[^\\x00-\\x7F])", "");
        }
        return t;
    }

    /**
     * Joins wrapped lines: a line is continued by the next when it is nearly as long as the longest
     * line of the page (it ran to the margin), does not end a sentence, and the next line does not
     * start a new labelled field ({@code 地址：}). Page footers ({@code —1—}, 第1页 共2页) are dropped.
     */
    static List<String> logicalLines(String raw) {
        List<String> lines = new ArrayList<>();
        for (String l : raw.split("\\R")) {
            String t = clean(l);
            if (t.isEmpty() || t.matches("[—\\-－]\\s*\\d+\\s*[—\\-－]") || t.matches("第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页")) {
                continue;
            }
            lines.add(t);
        }
        int max = 0;
        for (String l : lines) {
            max = Math.max(max, width(l));
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        String prev = null;
        for (String l : lines) {
            boolean join = cur != null && prev != null && max >= 16
                    && width(prev) >= max * 0.85
                    && !prev.matches(".*[。；;：:！？]$")
                    && !LABEL_START.matcher(l).find()
                    && !DATE_ONLY.matcher(l).matches();
            if (join) {
                cur.append(l);
            } else {
                if (cur != null) {
                    out.add(cur.toString());
                }
                cur = new StringBuilder(l);
            }
            prev = l;
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Display width in half-width units: a CJK character counts two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }
}
