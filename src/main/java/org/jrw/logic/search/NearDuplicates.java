package org.jrw.logic.search;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jrw.model.PrecedentRecord;

/**
 * Whether two precedent records are near-duplicates of one published case (ADR 0101): they come
 * from the same publication (the same source address, or the same publishing authority and
 * notice — the publisher text before its first ';'), name the same kind of party, cite the same
 * provisions and state nearly the same facts (character-bigram Dice coefficient ≥
 * {@value #FACTS_SIMILARITY} after punctuation is dropped). Decision authority, date and amount
 * may differ: a notice that reports one case several times (or one summary for several
 * districts' decisions) is one precedent to the reader. Records from different publications,
 * or with different facts, are never grouped.
 */
final class NearDuplicates {
    static final double FACTS_SIMILARITY = 0.85;

    private NearDuplicates() {
    }

    /** A record with what the comparison needs computed once (bigrams; provisions when first needed). */
    static final class Entry {
        final PrecedentRecord record;
        private Set<String> grams;
        private Set<String> provisions;

        Entry(PrecedentRecord record) {
            this.record = record;
        }

        Set<String> grams() {
            if (grams == null) {
                grams = bigrams(record.facts());
            }
            return grams;
        }

        Set<String> provisions() {
            if (provisions == null) {
                provisions = NearDuplicates.provisions(record);
            }
            return provisions;
        }
    }

    /** {@link #same(PrecedentRecord, PrecedentRecord)} on prepared entries (each record's bigrams computed once). */
    static boolean same(Entry x, Entry y) {
        PrecedentRecord a = x.record;
        PrecedentRecord b = y.record;
        if (a.id().equals(b.id())) {
            return true;
        }
        if (BureauCases.isBureauCase(a) || BureauCases.isBureauCase(b)) {
            return false;
        }
        if (!samePublication(a, b) || !Objects.equals(norm(a.partyType()), norm(b.partyType()))) {
            return false;
        }
        if (dice(x.grams(), y.grams()) < FACTS_SIMILARITY) {
            return false;
        }
        return x.provisions().equals(y.provisions());
    }

    static boolean same(PrecedentRecord a, PrecedentRecord b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        if (BureauCases.isBureauCase(a) || BureauCases.isBureauCase(b)) {
            return false; // the bureau's own decisions are each a case of their own
        }
        // cheapest tests first: most pairs differ in their publication
        if (!samePublication(a, b) || !Objects.equals(norm(a.partyType()), norm(b.partyType()))) {
            return false;
        }
        if (dice(a.facts(), b.facts()) < FACTS_SIMILARITY) {
            return false;
        }
        return provisions(a).equals(provisions(b));
    }

    private static boolean samePublication(PrecedentRecord a, PrecedentRecord b) {
        String ua = norm(a.sourceUrl());
        String ub = norm(b.sourceUrl());
        if (ua != null && ua.equals(ub)) {
            return true;
        }
        String pa = notice(a.publisher());
        return pa != null && pa.equals(notice(b.publisher()));
    }

    /** The publishing authority and notice: the publisher text before the first ';' (the deciding authority follows it). */
    static String notice(String publisher) {
        String p = norm(publisher);
        if (p == null) {
            return null;
        }
        String head = p.split("[;；]", 2)[0].strip();
        // a bare authority name without the notice it published is too little to call two records one case
        return head.contains("(") || head.contains("（") ? head : null;
    }

    private static Set<String> provisions(PrecedentRecord r) {
        Set<String> out = new HashSet<>();
        List<Provision> v = ProvisionNormalizer.parse(r.violationBasis());
        String law = v.isEmpty() ? null : v.get(0).law();
        v.forEach(p -> out.add(p.id()));
        ProvisionNormalizer.parse(r.penaltyBasis(), law).forEach(p -> out.add(p.id()));
        return out;
    }

    private static String norm(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Dice coefficient of the character bigrams of two texts, punctuation and spaces dropped. */
    static double dice(String a, String b) {
        return dice(bigrams(a), bigrams(b));
    }

    private static double dice(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : x) {
            if (y.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        String t = s.replaceAll("[\\p{P}\\p{S}\\s]", "");
        for (int i = 0; i + 2 <= t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }
}
