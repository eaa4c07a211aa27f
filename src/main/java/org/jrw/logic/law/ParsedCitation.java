package org.jrw.logic.law;

/**
 * One provision reference as written, parsed but not yet looked up in the library.
 *
 * @param lawName     the law's name as written (normalised: no 《》, no 中华人民共和国), or null when
 *                    the text names no law
 * @param lawKey      the library's key of that law (安全生产法, 行政处罚法, 危险化学品安全管理条例 …), or
 *                    null when the name is not in the catalogue or no law is named
 * @param versionHint a version written after the name, e.g. {@code 2014} in 《安全生产法》(2014), or null
 * @param article     article number (第九十七条 → 97)
 * @param articleSub  the 之X part (第一百三十四条之一 → 1), 0 when none
 * @param paragraph   款 number, or null when not given
 * @param item        项 number, or null when not given
 * @param source      the matched text
 */
public record ParsedCitation(String lawName, String lawKey, String versionHint, int article, int articleSub,
                             Integer paragraph, Integer item, String source) {

    /** Whether the law is one the catalogue knows. */
    public boolean lawKnown() {
        return lawKey != null;
    }

    /** The law part of the canonical id: the key when known, else the normalised name, else {@code ?}. */
    public String lawPart() {
        return lawKey != null ? lawKey : lawName != null ? lawName : "?";
    }

    /** {@code 97} or {@code 134之1}. */
    public String articlePart() {
        return articleSub == 0 ? Integer.toString(article) : article + "之" + articleSub;
    }

    /**
     * The canonical id of this reference, stable for grouping and search:
     * {@code <law>:<article>[之<n>][:<paragraph or *>[:<item>]]}, where {@code <law>} is the
     * catalogue key (安全生产法 for 《中华人民共和国安全生产法》, 危险化学品安全管理条例 for 危化品条例)
     * or the normalised written name of a law the catalogue does not know, or {@code ?} when no law
     * is named; {@code *} stands for a paragraph not given when an item is. Numbers are Arabic.
     * Examples: {@code 安全生产法:97:*:7} (《安全生产法》第九十七条第(七)项),
     * {@code 安全生产法:97:1:7} (…第九十七条第一款第七项), {@code 安全生产法:30:1},
     * {@code 刑法:134之1:*:1}. The library's resolver adds the version and fills in the paragraph
     * ({@code 安全生产法@2021:97:1:7}, see {@link Resolution.Resolved#canonicalId()}).
     */
    public String canonicalId() {
        StringBuilder b = new StringBuilder(lawPart()).append(':').append(articlePart());
        if (paragraph != null || item != null) {
            b.append(':').append(paragraph == null ? "*" : paragraph.toString());
            if (item != null) {
                b.append(':').append(item);
            }
        }
        return b.toString();
    }

    /** The article-level id ({@code 安全生产法:97}), for grouping by article. */
    public String articleId() {
        return lawPart() + ":" + articlePart();
    }

    /** The same reference with another law (used when a citation names none). */
    public ParsedCitation withLaw(String name, String key) {
        return new ParsedCitation(name, key, versionHint, article, articleSub, paragraph, item, source);
    }

    /** The reference written the statute's way: 《安全生产法》第九十七条第一款第（七）项. */
    public String display() {
        StringBuilder b = new StringBuilder();
        if (lawName != null || lawKey != null) {
            b.append('《').append(lawKey != null ? lawKey : lawName).append('》');
        }
        b.append('第').append(ChineseNumerals.toChinese(article)).append('条');
        if (articleSub > 0) {
            b.append('之').append(ChineseNumerals.toChinese(articleSub));
        }
        if (paragraph != null) {
            b.append('第').append(ChineseNumerals.toChinese(paragraph)).append('款');
        }
        if (item != null) {
            b.append("第（").append(ChineseNumerals.toChinese(item)).append("）项");
        }
        return b.toString();
    }
}
