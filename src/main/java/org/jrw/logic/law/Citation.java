package org.jrw.logic.law;

/**
 * One parsed citation: the law as named (null when none is named), an edition year when the
 * citation gives one ({@code 《安全生产法》(2014)}), the article ({@code suffix} 1 for 之一),
 * and the paragraph (款) and item (项) when cited (else null).
 */
public record Citation(String law, Integer edition, int article, int suffix, Integer paragraph, Integer item,
                       String raw) {

    /** The same citation with a law named (for citations that name none). */
    public Citation withLaw(String lawName) {
        return new Citation(lawName, edition, article, suffix, paragraph, item, raw);
    }

    /** The article, paragraph and item as written in Chinese: 第九十七条第一款第（七）项. */
    public String label() {
        StringBuilder sb = new StringBuilder(Article.label(article, suffix));
        if (paragraph != null) {
            sb.append('第').append(ChineseNumerals.format(paragraph)).append('款');
        }
        if (item != null) {
            sb.append("第（").append(ChineseNumerals.format(item)).append("）项");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return (law == null ? "" : "《" + law + "》") + label();
    }
}
