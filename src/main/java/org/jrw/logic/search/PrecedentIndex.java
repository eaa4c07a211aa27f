package org.jrw.logic.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.jrw.model.PrecedentRecord;

/**
 * The Lucene index of precedents: a cache of the database. Its commit carries the schema
 * ({@link Analyzers#SCHEMA}) and the database stamp it was built from; {@link #openIfCurrent}
 * refuses a missing, unreadable, other-schema or stale index, and the service then rebuilds it.
 */
final class PrecedentIndex implements Closeable {
    static final String FOLDER = "precedents";
    private static final String KEY_SCHEMA = "schema";
    private static final String KEY_STAMP = "stamp";
    private static final FacetsConfig FACETS = new FacetsConfig();
    /** Words in every case's facts that say nothing about what happened (for similar cases). */
    private static final Pattern GENERIC = Pattern.compile(
            "该公司|公司|企业|单位|当事人|执法人员|检查组|检查|发现|现场|经查|查明|安排|一名|1名|员工");

    static {
        FACETS.setMultiValued("provision", true);
    }

    static final List<String> DIMENSIONS = List.of("industry", "region", "year", "provision", "fine", "transferred");

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final String stamp;

    private PrecedentIndex(Directory directory, DirectoryReader reader, String stamp) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.facetState = reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, FACETS);
        this.stamp = stamp;
    }

    String stamp() {
        return stamp;
    }

    int size() {
        return reader.numDocs();
    }

    /** The index in {@code dir} if it is readable, of this schema and built from {@code stamp}; else null. */
    static PrecedentIndex openIfCurrent(Path dir, String expectedStamp) {
        Path folder = dir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        Directory d = null;
        DirectoryReader r = null;
        try {
            d = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(d)) {
                d.close();
                return null;
            }
            r = DirectoryReader.open(d);
            Map<String, String> data = r.getIndexCommit().getUserData();
            if (!Analyzers.SCHEMA.equals(data.get(KEY_SCHEMA)) || !expectedStamp.equals(data.get(KEY_STAMP))) {
                r.close();
                d.close();
                return null;
            }
            // touch every stored record once: a truncated or damaged file fails here, not mid-search
            var stored = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                stored.document(i);
            }
            return new PrecedentIndex(d, r, expectedStamp);
        } catch (IOException | RuntimeException e) {
            try {
                if (r != null) {
                    r.close();
                }
                if (d != null) {
                    d.close();
                }
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(PrecedentIndex.class)
                        .debug("broken index reader not closed", failure);
                // already broken
            }
            return null;
        }
    }

    /** Writes a new index of {@code records} to {@code dir} (replacing any) and opens it. */
    /** Records pushed one at a time (streamed from the database, so a large library is never held in memory). */
    interface Source {
        void forEach(java.util.function.Consumer<PrecedentRecord> sink);

        static Source of(Iterable<PrecedentRecord> records) {
            return records::forEach;
        }
    }

    static PrecedentIndex build(Path dir, Source records, String stamp,
                                org.jrw.logic.task.Progress progress, long total) throws IOException {
        Path folder = dir.resolve(FOLDER);
        Path fresh = dir.resolve(FOLDER + ".new");
        deleteTree(fresh);
        Files.createDirectories(fresh);
        try (Directory d = FSDirectory.open(fresh)) {
            write(d, records, stamp, progress, total);
        } catch (RuntimeException | IOException e) {
            deleteTree(fresh); // cancelled or failed: the half-built index is not kept
            throw e;
        }
        Path old = dir.resolve(FOLDER + ".old");
        deleteTree(old);
        if (Files.exists(folder)) {
            Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        FSDirectory d = FSDirectory.open(folder);
        return new PrecedentIndex(d, DirectoryReader.open(d), stamp);
    }

    /** An index in memory (a read-only workspace whose index folder cannot be written). */
    static PrecedentIndex buildInMemory(Source records, String stamp) throws IOException {
        Directory d = new ByteBuffersDirectory();
        write(d, records, stamp, org.jrw.logic.task.Progress.NONE, 0);
        return new PrecedentIndex(d, DirectoryReader.open(d), stamp);
    }

    private static void write(Directory d, Source records, String stamp,
                              org.jrw.logic.task.Progress progress, long total) throws IOException {
        // a modest buffer: indexing speed barely changes above it, and the heap stays small (bench/README)
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.PER_FIELD)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(48);
        try (IndexWriter w = new IndexWriter(d, cfg)) {
            long[] n = {0};
            try {
                records.forEach(r -> {
                    try {
                        if (n[0] % 1000 == 0) {
                            progress.checkCancelled();
                        }
                        w.addDocument(FACETS.build(PrecedentDocuments.document(r)));
                        if (++n[0] % 1000 == 0) {
                            progress.update(n[0], total, null);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            progress.checkCancelled();
            w.setLiveCommitData(Map.of(KEY_SCHEMA, Analyzers.SCHEMA, KEY_STAMP, stamp).entrySet());
            w.commit();
            progress.update(n[0], total, null);
        }
    }

    /** Adds or replaces records in place and reopens; the commit then carries {@code newStamp}. */
    PrecedentIndex update(Collection<PrecedentRecord> changed, Collection<String> deleted, String newStamp)
            throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.PER_FIELD)
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        try (IndexWriter w = new IndexWriter(directory, cfg)) {
            for (PrecedentRecord r : changed) {
                w.updateDocument(new Term("id", r.id()), FACETS.build(PrecedentDocuments.document(r)));
            }
            for (String id : deleted) {
                w.deleteDocuments(new Term("id", id));
            }
            w.setLiveCommitData(Map.of(KEY_SCHEMA, Analyzers.SCHEMA, KEY_STAMP, newStamp).entrySet());
            w.commit();
        }
        DirectoryReader r = DirectoryReader.open(directory);
        reader.close();
        return new PrecedentIndex(directory, r, newStamp);
    }

    int count(Query q) throws IOException {
        return searcher.count(q);
    }

    /** Runs a query: hits with highlights, the total and facet counts over all matches; every hit matches all. */
    SearchResult search(Query query, Query highlightQuery, SearchQuery.Sort sort, int limit,
                        List<Provision> queryProvisions, boolean relaxed) throws IOException {
        return run(query, highlightQuery, sort, limit, queryProvisions, null, -1, relaxed);
    }

    /** Per word, the indexes into {@code unique} (filled here, each concept query once) of its required concepts. */
    private static int[][] requiredConcepts(List<QueryFactory.Word> words, List<Query> unique) {
        Map<Query, Integer> ids = new HashMap<>();
        int[][] required = new int[words.size()][];
        for (int w = 0; w < words.size(); w++) {
            List<QueryFactory.Concept> req = words.get(w).required();
            required[w] = new int[req.size()];
            for (int k = 0; k < req.size(); k++) {
                Query cq = req.get(k).query();
                Integer id = ids.get(cq);
                if (id == null) {
                    id = unique.size();
                    ids.put(cq, id);
                    unique.add(cq);
                }
                required[w][k] = id;
            }
        }
        return required;
    }

    /**
     * The tiered search (ADR 0100): each concept of the query is matched once (within the
     * filters); a precedent matches all when every word has two thirds of its concepts and misses
     * none but common ones; it is shown
     * as a partial match when the concepts it matches carry at least half of the query's
     * information (inverse document frequency, so a frequent word such as 事故 alone is not
     * enough, and a word the library never uses cannot be left out); nothing else is shown.
     * Precedents matching all come first.
     */
    SearchResult searchTiered(List<QueryFactory.Word> words, Query base, SearchQuery.Sort sort, int limit,
                              List<Provision> queryProvisions) throws IOException {
        if (reader.maxDoc() == 0) {
            return new SearchResult(0, List.of(), Map.of(), 0, false);
        }
        List<Query> unique = new ArrayList<>();
        int[][] required = requiredConcepts(words, unique);
        int n = base instanceof org.apache.lucene.search.MatchAllDocsQuery ? reader.numDocs() : searcher.count(base);
        FixedBitSet[] sets = new FixedBitSet[unique.size()];
        double[] idf = new double[unique.size()];
        boolean[] common = new boolean[unique.size()];
        FixedBitSet union = new FixedBitSet(reader.maxDoc());
        for (int i = 0; i < unique.size(); i++) {
            sets[i] = collect(new BooleanQuery.Builder().add(unique.get(i), Occur.FILTER).add(base, Occur.FILTER).build());
            int df = sets[i].cardinality();
            // a word no precedent uses weighs as much as the rarest one: it alone cannot hide every partial match
            idf[i] = Math.log(1 + (n - Math.max(df, 1) + 0.5) / (Math.max(df, 1) + 0.5));
            union.or(sets[i]);
            common[i] = df >= COMMON_SHARE * n;
        }
        double totalInfo = 0;
        for (int[] word : required) {
            for (int c : word) {
                totalInfo += idf[c];
            }
        }
        FixedBitSet strict = new FixedBitSet(reader.maxDoc());
        FixedBitSet shown = new FixedBitSet(reader.maxDoc());
        for (int doc = union.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
             doc = doc + 1 >= union.length() ? DocIdSetIterator.NO_MORE_DOCS : union.nextSetBit(doc + 1)) {
            boolean all = true;
            double info = 0;
            for (int w = 0; w < required.length; w++) {
                int matched = 0;
                boolean missedSpecific = false;
                for (int c : required[w]) {
                    if (sets[c].get(doc)) {
                        matched++;
                        info += idf[c];
                    } else {
                        missedSpecific |= !common[c];
                    }
                }
                all &= matched >= words.get(w).need() && !missedSpecific;
            }
            if (all) {
                strict.set(doc);
                shown.set(doc);
            } else if (info >= partialShare * totalInfo) {
                shown.set(doc);
            }
        }
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(new DocSetQuery(shown, "shown"), Occur.FILTER);
        BooleanQuery.Builder hl = new BooleanQuery.Builder();
        for (QueryFactory.Word w : words) {
            for (QueryFactory.Concept c : w.concepts()) {
                Query q = c.optional() ? new BoostQuery(c.query(), 0.3f) : c.query();
                scored.add(q, Occur.SHOULD);
                hl.add(c.query(), Occur.SHOULD);
            }
        }
        scored.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(new DocSetQuery(strict, "all")),
                ALL_WORDS_LIFT), Occur.SHOULD);
        int all = strict.cardinality();
        return run(scored.build(), hl.build(), sort, limit, queryProvisions, strict, all, shown.cardinality() > all);
    }

    /**
     * A word of several concepts matches all when it has two thirds of them and misses only
     * common ones (in at least this share of the searched precedents, such as 安全 or 公司).
     */
    static final double COMMON_SHARE = 0.2;
    /** Share of the query's information a partial match must carry (ADR 0100). */
    static volatile double partialShare = 0.25;
    /** Score added to precedents matching every word, so that they come first. */
    static final float ALL_WORDS_LIFT = 1000f;

    private FixedBitSet collect(Query q) throws IOException {
        FixedBitSet bits = new FixedBitSet(reader.maxDoc());
        searcher.search(q, new org.apache.lucene.search.SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext ctx) {
                base = ctx.docBase;
            }

            @Override
            public void collect(int doc) {
                bits.set(base + doc);
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return bits;
    }

    private SearchResult run(Query query, Query highlightQuery, SearchQuery.Sort sort, int limit,
                             List<Provision> queryProvisions, FixedBitSet strict, int allWords, boolean relaxed)
            throws IOException {
        if (reader.maxDoc() == 0) {
            return new SearchResult(0, List.of(), Map.of(), 0, relaxed);
        }
        // more than asked for: near-duplicates of one published case fold into one entry
        int fetch = Math.min(limit * 2 + 10, Math.max(limit, reader.maxDoc()));
        FacetsCollector fc = new FacetsCollector();
        TopDocs top = switch (sort == null ? SearchQuery.Sort.RELEVANCE : sort) {
            case DATE -> FacetsCollector.search(searcher, query, fetch,
                    new Sort(new SortField("date_key", SortField.Type.LONG, true), SortField.FIELD_SCORE), true, fc);
            case AMOUNT -> FacetsCollector.search(searcher, query, fetch,
                    new Sort(new SortField("fine_dv", SortField.Type.LONG, true), SortField.FIELD_SCORE), true, fc);
            default -> FacetsCollector.search(searcher, query, fetch, fc);
        };
        int total = fc.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        if (total > 0) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, fc);
            for (String dim : DIMENSIONS) {
                List<SearchResult.FacetCount> values = new ArrayList<>();
                try {
                    FacetResult fr = counts.getTopChildren(50, dim);
                    if (fr != null) {
                        for (LabelAndValue lv : fr.labelValues) {
                            values.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
                        }
                    }
                } catch (IllegalArgumentException noSuchDim) {
                    org.slf4j.LoggerFactory.getLogger(PrecedentIndex.class)
                            .trace("no facet values for {}", dim, noSuchDim);
                    // no document has a value for this dimension
                }
                facets.put(dim, values);
            }
        }
        List<Hit> hits = new PrecedentHits(searcher).hits(top, highlightQuery, queryProvisions, strict, limit);
        return new SearchResult(total, hits, facets, allWords < 0 ? total : allWords, relaxed);
    }

    /** What a similar-case search compares: the case's facts, provisions, proposed fine and transfer indicators. */
    record SimilarInput(String facts, List<Provision> violated, List<Provision> penalty, Long fineYuan,
                        boolean transferIndicated) {
        List<Provision> provisions() {
            return PrecedentDocuments.concat(violated, penalty);
        }
    }

    /** Candidates read before the comparison decides the order. */
    private static final int SIMILAR_CANDIDATES = 200;

    /**
     * Precedents most like a case (ADR 0102). Candidates come from the facts (MoreLikeThis over
     * both analyses, and the concepts), the provisions the case cites and — when the case shows
     * indicators of a crime — the precedents transferred to the judicial organs. Each candidate is
     * then compared on four points: the penalty provision, the violated provision, the facts and
     * the penalty outcome (fine of the same order, or transfer when the case shows indicators). A
     * precedent that states neither a penalty provision nor a fine (nor a transfer) is compared on
     * the facts alone and ranks after the complete ones that share a provision or a good part of
     * the facts. Each hit says why it is similar ({@link Hit#reasons()}).
     */
    /** The "more like this" query builder for a case's facts: every term counts, frequent ones are dropped. */
    private MoreLikeThis moreLikeThis() throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(Analyzers.PER_FIELD);
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(1);
        mlt.setMaxDocFreqPct(60);
        mlt.setMaxQueryTerms(40);
        mlt.setBoost(true);
        return mlt;
    }

    SearchResult similar(SimilarInput in, int limit, String excludeCaseId) throws IOException {
        if (reader.maxDoc() == 0) {
            return new SearchResult(0, List.of(), Map.of(), 0, false);
        }
        BooleanQuery.Builder factsQ = new BooleanQuery.Builder();
        Query highlightQ = null;
        String facts = in.facts();
        boolean hasFacts = facts != null && !facts.isBlank();
        if (hasFacts) {
            MoreLikeThis mlt = moreLikeThis();
            for (String field : new String[] {"facts_bi", "facts_sc"}) {
                mlt.setFieldNames(new String[] {field});
                factsQ.add(mlt.like(field, new StringReader(facts)), Occur.SHOULD);
            }
            String specific = GENERIC.matcher(facts).replaceAll(" ");
            QueryFactory.Parsed p = QueryFactory.parse(specific, SearchQuery.Variant.COMBINED_SYNONYMS, false);
            Query syn = QueryFactory.combine(p, false);
            factsQ.add(new BoostQuery(syn, 0.3f), Occur.SHOULD);
            // highlight (and "why this matched") from the concepts only: MoreLikeThis also picks
            // frequent words such as 公司 or 检查 that say nothing about the similarity
            highlightQ = syn;
        }
        Query factsQuery = factsQ.build();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (hasFacts) {
            b.add(factsQuery, Occur.SHOULD);
        }
        for (Provision p : in.provisions()) {
            b.add(new TermQuery(new Term("provision", p.articleId())), Occur.SHOULD);
        }
        if (in.transferIndicated()) {
            b.add(new TermQuery(new Term("transferred", "是")), Occur.SHOULD);
        }
        Query q = b.build();
        if (excludeCaseId != null) {
            q = new BooleanQuery.Builder().add(q, Occur.MUST)
                    .add(new TermQuery(new Term("case_id", excludeCaseId)), Occur.MUST_NOT).build();
        }
        TopDocs candidates = searcher.search(q, SIMILAR_CANDIDATES);
        if (candidates.scoreDocs.length == 0) {
            return new SearchResult(0, List.of(), Map.of(), 0, false);
        }
        // the facts' own score per candidate, normalised by the best
        Map<Integer, Float> factScore = new HashMap<>();
        float maxFacts = 0;
        if (hasFacts) {
            factScore = scores(factsQuery, candidates.scoreDocs);
            for (float f : factScore.values()) {
                maxFacts = Math.max(maxFacts, f);
            }
        }
        var stored = searcher.storedFields();
        List<ScoreDoc> ranked = new ArrayList<>();
        Map<String, List<String>> reasons = new HashMap<>();
        Map<Integer, Boolean> priority = new HashMap<>();
        for (ScoreDoc sd : candidates.scoreDocs) {
            PrecedentRecord r = PrecedentCodec.read(stored.document(sd.doc).get("record"));
            double f = maxFacts <= 0 ? 0 : factScore.getOrDefault(sd.doc, 0f) / maxFacts;
            PrecedentComparison.Comparison c = PrecedentComparison.compare(in, r, f);
            ranked.add(new ScoreDoc(sd.doc, (float) c.score()));
            reasons.put(r.id(), c.reasons());
            priority.put(sd.doc, c.complete() && (c.sharesProvision() || f >= 0.3));
        }
        ranked.sort((x, y) -> {
            int p = Boolean.compare(priority.get(y.doc), priority.get(x.doc));
            return p != 0 ? p : Float.compare(y.score, x.score);
        });
        TopDocs top = new TopDocs(candidates.totalHits, ranked.toArray(ScoreDoc[]::new));
        List<Hit> hits = new ArrayList<>();
        for (Hit h : new PrecedentHits(searcher).hits(top, highlightQ, in.provisions(), null, limit)) {
            hits.add(h.withReasons(reasons.getOrDefault(h.id(), List.of()), h.score()));
        }
        return new SearchResult(ranked.size(), hits, Map.of(), ranked.size(), false);
    }

    /** The scores of {@code q} for the given documents (0 where it does not match), one scorer per segment. */
    private Map<Integer, Float> scores(Query q, ScoreDoc[] docs) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        Weight w = searcher.createWeight(searcher.rewrite(q), org.apache.lucene.search.ScoreMode.COMPLETE, 1f);
        int[] sorted = java.util.Arrays.stream(docs).mapToInt(d -> d.doc).sorted().toArray();
        List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
        int i = 0;
        for (org.apache.lucene.index.LeafReaderContext leaf : leaves) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (i >= sorted.length || sorted[i] >= end) {
                continue;
            }
            org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
            while (i < sorted.length && sorted[i] < end) {
                int local = sorted[i] - leaf.docBase;
                if (scorer != null) {
                    int at = scorer.docID() < local ? scorer.iterator().advance(local) : scorer.docID();
                    out.put(sorted[i], at == local ? scorer.score() : 0f);
                } else {
                    out.put(sorted[i], 0f);
                }
                i++;
            }
        }
        return out;
    }

    List<String> ids() throws IOException {
        List<String> out = new ArrayList<>();
        var stored = reader.storedFields();
        for (int i = 0; i < reader.maxDoc(); i++) {
            out.add(stored.document(i).get("id"));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (var s = Files.walk(p)) {
                for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(x);
                }
            }
        }
    }
}
