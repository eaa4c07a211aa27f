package org.jrw.logic.law;

import java.time.LocalDate;

/**
 * The outcome of resolving a citation against the library. {@code status} says what was found;
 * {@code law}, {@code version}, {@code article}, {@code paragraph} and {@code item} are filled as
 * far as they could be resolved (a citation found in the latest version but not in force on the
 * date keeps them, so the text can still be shown). {@code paragraph} is the paragraph the item
 * stands in even when the citation did not name it.
 */
public record Resolution(Status status, Citation citation, Law law, LawVersion version, Article article,
                         Paragraph paragraph, Item item, LocalDate on) {

    public enum Status {
        /** Found, and in force on the date asked (or no date asked). */
        RESOLVED,
        /** No citation could be read from the text. */
        UNREADABLE,
        /** The named law is not in the library: the citation cannot be checked. */
        LAW_NOT_IN_LIBRARY,
        /** The citation names an edition (year) of the law that the library does not hold. */
        VERSION_NOT_IN_LIBRARY,
        /** The law is in the library but has no such article. */
        ARTICLE_NOT_FOUND,
        /** The article has no such paragraph (款). */
        PARAGRAPH_NOT_FOUND,
        /** The article (or paragraph) has no such item (项). */
        ITEM_NOT_FOUND,
        /** The provision exists, but the text held was not in force on the date. */
        NOT_IN_FORCE
    }

    public boolean found() {
        return status == Status.RESOLVED || status == Status.NOT_IN_FORCE;
    }

    /** The text of the most specific unit resolved: the item, else the paragraph, else the article. */
    public String text() {
        if (item != null) {
            return item.label() + item.text();
        }
        if (paragraph != null && citation != null && citation.paragraph() != null) {
            return paragraph.fullText();
        }
        return article == null ? null : article.text();
    }

    /** 《中华人民共和国安全生产法》第九十七条第一款第（七）项, as resolved. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        if (law != null) {
            sb.append('《').append(law.title()).append('》');
        } else if (citation != null && citation.law() != null) {
            sb.append('《').append(citation.law()).append('》');
        }
        if (article != null) {
            sb.append(article.label());
        } else if (citation != null) {
            sb.append(Article.label(citation.article(), citation.suffix()));
        }
        Integer p = paragraph != null ? Integer.valueOf(paragraph.number()) : citation == null ? null : citation.paragraph();
        boolean multi = article != null && article.paragraphs().size() > 1;
        if (p != null && (multi || (citation != null && citation.paragraph() != null))) {
            sb.append('第').append(ChineseNumerals.format(p)).append('款');
        }
        Integer i = item != null ? Integer.valueOf(item.number()) : citation == null ? null : citation.item();
        if (i != null) {
            sb.append("第（").append(ChineseNumerals.format(i)).append("）项");
        }
        return sb.toString();
    }
}
