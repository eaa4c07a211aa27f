package org.jrw.logic.law;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An article (条) of one version of a law. {@code suffix} is 0 for 第X条 and n for 第X条之n;
 * {@code headings} is the path of 编/章/节 titles above it.
 */
public record Article(int number, int suffix, List<String> headings, List<Paragraph> paragraphs) {

    /** The article's key: {@code 97} or {@code 134-1} for 第一百三十四条之一. */
    public String key() {
        return key(number, suffix);
    }

    public static String key(int number, int suffix) {
        return suffix == 0 ? Integer.toString(number) : number + "-" + suffix;
    }

    /** 第九十七条, 第一百三十四条之一. */
    public String label() {
        return label(number, suffix);
    }

    public static String label(int number, int suffix) {
        return "第" + ChineseNumerals.format(number) + "条" + (suffix == 0 ? "" : "之" + ChineseNumerals.format(suffix));
    }

    public Optional<Paragraph> paragraph(int n) {
        return n >= 1 && n <= paragraphs.size() ? Optional.of(paragraphs.get(n - 1)) : Optional.empty();
    }

    /** The whole article as in the source: its label, then paragraphs and items one per line. */
    public String text() {
        return label() + " " + paragraphs.stream().map(Paragraph::fullText).collect(Collectors.joining("\n"));
    }

    /** The chapter (or the innermost heading) the article stands in, or null. */
    public String chapter() {
        return headings.isEmpty() ? null : headings.get(headings.size() - 1);
    }
}
