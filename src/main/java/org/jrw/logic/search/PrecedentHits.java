package org.jrw.logic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.FixedBitSet;
import org.jrw.model.PrecedentRecord;

/**
 * Turns the top documents of a precedent search into hits (split from {@link PrecedentIndex}):
 * near-duplicates folded into the best-ranked record of their group, the facts highlighted (bigram
 * analysis first, SmartCN where no bigram matched), the provisions shared with the query, and the
 * score shown without the tier lift.
 */
final class PrecedentHits {
    private static final Pattern EM = Pattern.compile("<em>(.*?)</em>");
    /** Canonical provision ids read back (a small, bounded set: the laws' articles cited in the library). */
    private static final Map<String, java.util.Optional<Provision>> PROVISION_IDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Provision provisionOf(String id) {
        java.util.Optional<Provision> p = PROVISION_IDS.get(id);
        if (p == null) {
            p = ProvisionNormalizer.parse(id.replace(Provision.ANY_LAW, "")).stream().findFirst();
            if (PROVISION_IDS.size() < 20_000) {
                PROVISION_IDS.put(id, p);
            }
        }
        return p.orElse(null);
    }
    private final IndexSearcher searcher;

    PrecedentHits(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * The provisions a record cites, as shown: from their canonical ids, so an index written before
     * the cited form changed (its stored display in Arabic numerals) shows the current one.
     */
    private static List<String> citedProvisions(Document doc) {
        List<String> out = new ArrayList<>();
        for (String id : doc.getValues("provision_id")) {
            Provision p = provisionOf(id);
            String shown = p != null ? p.display() : id;
            if (!out.contains(shown)) {
                out.add(shown);
            }
        }
        return out;
    }

    /** The provisions a hit shares with the query, as shown. */
    private static List<String> sharedProvisions(Document doc, List<Provision> queryProvisions) {
        List<String> shared = new ArrayList<>();
        for (String id : doc.getValues("provision_id")) {
            Provision dp = provisionOf(id);
            if (dp != null && queryProvisions.stream().anyMatch(p -> dp.indexKeys().contains(p.articleId()))
                    && !shared.contains(dp.display())) {
                shared.add(dp.display());
            }
        }
        return shared;
    }

    List<Hit> hits(TopDocs top, Query highlightQuery, List<Provision> queryProvisions, FixedBitSet strict,
                           int limit) throws IOException {
        List<Hit> hits = new ArrayList<>();
        if (top.scoreDocs.length == 0) {
            return hits;
        }
        var stored = searcher.storedFields();
        // group near-duplicates in rank order: the best-ranked record of a group represents it
        List<ScoreDoc> reps = new ArrayList<>();
        List<PrecedentRecord> repRecords = new ArrayList<>();
        List<NearDuplicates.Entry> repEntries = new ArrayList<>();
        List<Document> repDocs = new ArrayList<>();
        List<List<String>> dups = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = stored.document(sd.doc);
            PrecedentRecord r = PrecedentCodec.read(doc.get("record"));
            NearDuplicates.Entry entry = new NearDuplicates.Entry(r);
            int group = -1;
            for (int g = 0; g < repEntries.size() && group < 0; g++) {
                if (NearDuplicates.same(repEntries.get(g), entry)) {
                    group = g;
                }
            }
            if (group >= 0) {
                dups.get(group).add(r.id());
            } else if (reps.size() < limit) {
                reps.add(sd);
                repRecords.add(r);
                repEntries.add(entry);
                repDocs.add(doc);
                dups.add(new ArrayList<>());
            }
        }
        TopDocs shown = new TopDocs(top.totalHits, reps.toArray(ScoreDoc[]::new));
        Map<String, String[]> hl = highlightQuery == null ? Map.of() : highlight(highlightQuery, shown);
        for (int i = 0; i < reps.size(); i++) {
            ScoreDoc sd = reps.get(i);
            Document doc = repDocs.get(i);
            PrecedentRecord r = repRecords.get(i);
            String h = null;
            String[] bi = hl.get("facts_bi");
            String[] sc = hl.get("facts_sc");
            if (bi != null && bi[i] != null) {
                h = bi[i];
            } else if (sc != null && sc[i] != null) {
                h = sc[i];
            }
            List<String> highlights = new ArrayList<>();
            Set<String> terms = new LinkedHashSet<>();
            if (h != null) {
                h = h.replace("</em><em>", "");
                highlights.add(h);
                Matcher m = EM.matcher(h);
                while (m.find()) {
                    terms.add(m.group(1));
                }
            } else if (r.facts() != null && !r.facts().isBlank()) {
                // matched by a synonym, a provision or another field: the facts' opening, unmarked,
                // so that every hit shows what the case was
                String f = r.facts().strip();
                highlights.add(f.length() > 80 ? f.substring(0, 80) + "…" : f);
            }
            List<String> shared = sharedProvisions(doc, queryProvisions);
            float score = Float.isNaN(sd.score) ? 0f : sd.score;
            boolean all = strict == null || strict.get(sd.doc);
            if (strict != null && all) {
                score -= PrecedentIndex.ALL_WORDS_LIFT; // the lift orders the tiers; the score shown is the match's own
            }
            hits.add(new Hit(r.id(), doc.get("title_bi"), score, r.industry(), r.region(), Fields.year(r.date()),
                    r.violationBasis(), r.penaltyBasis(), r.penaltyUnitYuan(), highlights, r.sourceUrl(),
                    r.publisher(), r.date(), r.penaltyPersonYuan(), r.transferredCriminal(), r.facts(),
                    citedProvisions(doc), List.copyOf(terms), shared,
                    all, List.copyOf(dups.get(i)), List.of(), BureauCases.isOwn(r)));
        }
        return hits;
    }

    /**
     * Highlights in the bigram facts; for the hits where no bigram matched (a SmartCN single-word
     * match), in the SmartCN facts. One re-analysis per hit in the common case.
     */
    private Map<String, String[]> highlight(Query q, TopDocs top) throws IOException {
        UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, Analyzers.PER_FIELD)
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", false))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(10_000)
                .build();
        Map<String, String[]> out = new HashMap<>();
        String[] bi = uh.highlightFields(new String[] {"facts_bi"}, q, top, new int[] {1}).get("facts_bi");
        out.put("facts_bi", bi);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            if (bi == null || bi[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            ScoreDoc[] sub = missing.stream().map(i -> top.scoreDocs[i]).toArray(ScoreDoc[]::new);
            String[] sc = uh.highlightFields(new String[] {"facts_sc"}, q, new TopDocs(top.totalHits, sub),
                    new int[] {1}).get("facts_sc");
            String[] full = new String[top.scoreDocs.length];
            for (int k = 0; k < missing.size(); k++) {
                full[missing.get(k)] = sc == null ? null : sc[k];
            }
            out.put("facts_sc", full);
        }
        return out;
    }
}
