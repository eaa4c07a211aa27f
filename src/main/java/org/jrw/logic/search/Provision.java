package org.jrw.logic.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jrw.logic.law.ChineseNumerals;

/**
 * One cited provision, normalised: the law's canonical short name (or null when the text names
 * none), the article number (with {@code 之N} as {@code sub}), paragraph (款) and item (项), each
 * 0 when not cited. The 2014 numbering of the 安全生产法 is already mapped to the 2021 numbering
 * where the mapping is known.
 */
public record Provision(String law, int article, int sub, int paragraph, int item) {
    /** Prefix of the keys that match a provision in any law (for citations that name no law). */
    public static final String ANY_LAW = "*";

    private String lawPart() {
        return law == null ? ANY_LAW : law;
    }

    private String articlePart() {
        return "第" + article + "条" + (sub > 0 ? "之" + sub : "");
    }

    /** The article's canonical id, e.g. {@code 安全生产法第97条}: the facet value. */
    public String articleId() {
        return lawPart() + articlePart();
    }

    /**
     * The most specific canonical id: items of the first paragraph are written without it, so
     * {@code 第九十七条第(七)项}, {@code 第九十七条第一款第七项} and {@code 97条7项} are the same
     * {@code 安全生产法第97条第7项}.
     */
    public String id() {
        StringBuilder sb = new StringBuilder(lawPart()).append(articlePart());
        if (paragraph > 1 || (paragraph == 1 && item == 0)) {
            sb.append('第').append(paragraph).append('款');
        }
        if (item > 0) {
            sb.append('第').append(item).append('项');
        }
        return sb.toString();
    }

    /**
     * Every key under which a document citing this provision is found: the article, the
     * paragraph (an item without a paragraph counts as the first), the item; each also without
     * the law, so that a query naming no law matches any.
     */
    public Set<String> indexKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String l : law == null ? new String[] {ANY_LAW} : new String[] {law, ANY_LAW}) {
            Provision p = new Provision(ANY_LAW.equals(l) ? null : l, article, sub, 0, 0);
            keys.add(p.id());
            int para = paragraph > 0 ? paragraph : (item > 0 ? 1 : 0);
            if (para > 0) {
                keys.add(new Provision(p.law, article, sub, para, 0).id());
            }
            if (item > 0) {
                keys.add(new Provision(p.law, article, sub, para, item).id());
            }
        }
        return keys;
    }

    /**
     * The form a legal text cites it in, e.g. {@code 《安全生产法》第九十七条第七项} or
     * {@code 第三十条之一第一款} (no law named): Chinese numerals, as the law itself and every
     * document the panel signs write them; the canonical {@link #id()} stays the index's key.
     */
    public String display() {
        StringBuilder sb = new StringBuilder();
        if (law != null) {
            sb.append('《').append(law).append('》');
        }
        sb.append('第').append(ChineseNumerals.format(article)).append('条');
        if (sub > 0) {
            sb.append('之').append(ChineseNumerals.format(sub));
        }
        if (paragraph > 1 || (paragraph == 1 && item == 0)) {
            sb.append('第').append(ChineseNumerals.format(paragraph)).append('款');
        }
        if (item > 0) {
            sb.append('第').append(ChineseNumerals.format(item)).append('项');
        }
        return sb.toString();
    }

    /**
     * The cited form of a canonical id ({@code 安全生产法第97条} → {@code 《安全生产法》第九十七条}),
     * e.g. for a provision facet's value; an id that does not read as a provision is returned as is.
     */
    public static String displayOf(String id) {
        if (id == null) {
            return null;
        }
        List<Provision> p = ProvisionNormalizer.parse(id.replace(ANY_LAW, ""));
        return p.size() == 1 ? p.get(0).display() : id;
    }
}
