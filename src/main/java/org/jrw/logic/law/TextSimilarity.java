package org.jrw.logic.law;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two provisions read: the Jaccard similarity of their character bigrams, punctuation,
 * item numbers and spaces ignored. Used to follow a paragraph or item across a renumbering.
 */
final class TextSimilarity {
    /** At or above this, two texts are taken for the same rule (amendments change a few words). */
    static final double SAME_RULE = 0.4;

    private TextSimilarity() {
    }

    static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return (double) both.size() / any.size();
    }

    private static Set<String> bigrams(String s) {
        String t = s.replaceAll("[，。；：、“”（）()\\s:;,.]", "");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }
}
