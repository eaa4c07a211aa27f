package org.jrw.logic.law;

import java.util.List;

/**
 * The fines of one article (or one paragraph, or one item) of a law version: its tiers and the
 * other sanctions it provides for. {@code paragraph}/{@code item} null means the whole article.
 * {@code follows} is set when the provision applies another provision's fines (依照本条例第十九条的规定处罚,
 * 依照前款规定处罚): the tiers include that provision's tiers, whose texts quote it.
 */
public record PenaltyProvision(String law, String version, int article, int suffix, Integer paragraph,
                               Integer item, List<String> other, List<PenaltyTier> tiers, Follows follows) {

    /**
     * The provision whose fines this one applies: its article and paragraph (null: the whole article),
     * the condition its tiers take here (null: their own) and the words of the referral.
     */
    public record Follows(int article, int suffix, Integer paragraph, String condition, String text) {
    }

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
