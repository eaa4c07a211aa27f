package org.jrw.logic.law;

import java.util.List;

/**
 * The fines of one article (or one paragraph, or one item) of a law version: its tiers and the
 * other sanctions it provides for. {@code paragraph}/{@code item} null means the whole article.
 */
public record PenaltyProvision(String law, String version, int article, int suffix, Integer paragraph,
                               Integer item, List<String> other, List<PenaltyTier> tiers) {

    /** Whether this entry covers a resolved article/paragraph/item (an uncited item covers all). */
    public boolean covers(int art, int suf, Integer para, Integer it) {
        if (article != art || suffix != suf) {
            return false;
        }
        if (paragraph != null && para != null && !paragraph.equals(para)) {
            return false;
        }
        return item == null || it == null || item.equals(it);
    }
}
