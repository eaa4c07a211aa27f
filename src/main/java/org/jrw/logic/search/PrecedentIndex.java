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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
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
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
    private static final Pattern EM = Pattern.compile("<em>(.*?)</em>");
    private static final FacetsConfig FACETS = new FacetsConfig();
    /** Words in every case's facts that say nothing about what happened (for similar cases). */
    private static final Pattern GENERIC = Pattern.compile(
            "该公司|公司|企业|单位|当事人|执法人员|检查组|检查|发现|现场|经查|查明|安排|一名|1名|员工");

    static {
        FACETS.setMultiValued("provision", true);
    }

    /** Facts: stored, with offsets in the postings so highlighting needs no re-analysis. */
    private static final org.apache.lucene.document.FieldType FACTS_TYPE = new org.apache.lucene.document.FieldType(
            TextField.TYPE_STORED);

    static {
        FACTS_TYPE.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        FACTS_TYPE.freeze();
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
            } catch (IOException ignored) {
                // already broken
            }
            return null;
        }
    }

    /** Writes a new index of {@code records} to {@code dir} (replacing any) and opens it. */
    static PrecedentIndex build(Path dir, Iterable<PrecedentRecord> records, String stamp,
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
    static PrecedentIndex buildInMemory(Iterable<PrecedentRecord> records, String stamp) throws IOException {
        Directory d = new ByteBuffersDirectory();
        write(d, records, stamp, org.jrw.logic.task.Progress.NONE, 0);
        return new PrecedentIndex(d, DirectoryReader.open(d), stamp);
    }

    private static void write(Directory d, Iterable<PrecedentRecord> records, String stamp,
                              org.jrw.logic.task.Progress progress, long total) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.PER_FIELD)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128);
        try (IndexWriter w = new IndexWriter(d, cfg)) {
            long n = 0;
            for (PrecedentRecord r : records) {
                if (n % 1000 == 0) {
                    progress.checkCancelled();
                }
                w.addDocument(FACETS.build(document(r)));
                if (++n % 1000 == 0) {
                    progress.checkCancelled();
                    progress.update(n, total, null);
                }
            }
            w.setLiveCommitData(Map.of(KEY_SCHEMA, Analyzers.SCHEMA, KEY_STAMP, stamp).entrySet());
            w.commit();
            progress.update(n, total, null);
        }
    }

    /** Adds or replaces records in place and reopens; the commit then carries {@code newStamp}. */
    PrecedentIndex update(Collection<PrecedentRecord> changed, Collection<String> deleted, String newStamp)
            throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.PER_FIELD)
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        try (IndexWriter w = new IndexWriter(directory, cfg)) {
            for (PrecedentRecord r : changed) {
                w.updateDocument(new Term("id", r.id()), FACETS.build(document(r)));
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

    static Document document(PrecedentRecord r) {
        Document doc = new Document();
        doc.add(new StringField("id", r.id(), Field.Store.YES));
        String title = Fields.title(r);
        doc.add(new TextField("title_bi", title, Field.Store.YES));
        doc.add(new TextField("title_sc", title, Field.Store.NO));
        doc.add(new Field("facts_bi", r.facts(), FACTS_TYPE));
        doc.add(new Field("facts_sc", r.facts(), FACTS_TYPE));
        StringBuilder meta = new StringBuilder();
        for (String s : new String[] {r.industry(), r.region(), r.publisher(), r.partyType(), r.otherSanctions(),
                r.violationBasis(), r.penaltyBasis()}) {
            if (s != null) {
                meta.append(s).append('\n');
            }
        }
        doc.add(new TextField("meta_bi", meta.toString(), Field.Store.NO));
        if (r.industry() != null) {
            doc.add(new TextField("industry_bi", r.industry(), Field.Store.NO));
            String cat = Fields.industryCategory(r.industry());
            doc.add(new StringField("industry_cat", cat, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("industry", cat));
        }
        if (r.region() != null && !r.region().isBlank()) {
            doc.add(new TextField("region_bi", r.region(), Field.Store.NO));
            String prov = Fields.province(r.region());
            doc.add(new StringField("region_prov", prov, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField("region", prov));
        }
        Integer year = Fields.year(r.date());
        if (year != null) {
            doc.add(new IntPoint("year", year));
            doc.add(new SortedSetDocValuesFacetField("year", year.toString()));
        }
        doc.add(new NumericDocValuesField("date_key", Fields.dateKey(r.date())));
        List<Provision> violated = ProvisionNormalizer.parse(r.violationBasis());
        String defaultLaw = violated.isEmpty() ? null : violated.get(0).law();
        List<Provision> penalty = ProvisionNormalizer.parse(r.penaltyBasis(), defaultLaw);
        Set<String> keys = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        for (Provision p : concat(violated, penalty)) {
            keys.addAll(p.indexKeys());
            if (p.law() != null) {
                articles.add(p.articleId());
            }
        }
        for (String k : keys) {
            doc.add(new StringField("provision", k, Field.Store.NO));
        }
        for (Provision p : concat(violated, penalty)) {
            doc.add(new StoredField("provision_id", p.id()));
            doc.add(new StoredField("provision_display", p.display()));
        }
        for (String a : articles) {
            doc.add(new SortedSetDocValuesFacetField("provision", a));
        }
        long fine = Fields.fine(r);
        doc.add(new LongPoint("fine", fine));
        doc.add(new NumericDocValuesField("fine_dv", fine));
        doc.add(new SortedSetDocValuesFacetField("fine", Fields.fineBucket(fine)));
        String t = Fields.transferred(r.transferredCriminal());
        doc.add(new StringField("transferred", t, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField("transferred", t));
        if (r.caseId() != null) {
            doc.add(new StringField("case_id", r.caseId(), Field.Store.NO));
        }
        doc.add(new StoredField("record", PrecedentCodec.write(r)));
        return doc;
    }

    private static List<Provision> concat(List<Provision> a, List<Provision> b) {
        List<Provision> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    int count(Query q) throws IOException {
        return searcher.count(q);
    }

    /** Runs a query: hits with highlights, the total and facet counts over all matches. */
    SearchResult search(Query query, Query highlightQuery, SearchQuery.Sort sort, int limit,
                        List<Provision> queryProvisions, boolean relaxed) throws IOException {
        if (reader.maxDoc() == 0) {
            return new SearchResult(0, List.of(), Map.of(), 0, relaxed);
        }
        FacetsCollector fc = new FacetsCollector();
        TopDocs top = switch (sort == null ? SearchQuery.Sort.RELEVANCE : sort) {
            case DATE -> FacetsCollector.search(searcher, query, limit,
                    new Sort(new SortField("date_key", SortField.Type.LONG, true), SortField.FIELD_SCORE), true, fc);
            case AMOUNT -> FacetsCollector.search(searcher, query, limit,
                    new Sort(new SortField("fine_dv", SortField.Type.LONG, true), SortField.FIELD_SCORE), true, fc);
            default -> FacetsCollector.search(searcher, query, limit, fc);
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
                    // no document has a value for this dimension
                }
                facets.put(dim, values);
            }
        }
        List<Hit> hits = hits(top, highlightQuery, queryProvisions);
        return new SearchResult(total, hits, facets, total, relaxed);
    }

    private List<Hit> hits(TopDocs top, Query highlightQuery, List<Provision> queryProvisions) throws IOException {
        List<Hit> hits = new ArrayList<>();
        if (top.scoreDocs.length == 0) {
            return hits;
        }
        Map<String, String[]> hl = highlightQuery == null ? Map.of() : highlight(highlightQuery, top);
        var stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = stored.document(sd.doc);
            PrecedentRecord r = PrecedentCodec.read(doc.get("record"));
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
            List<String> ids = List.of(doc.getValues("provision_id"));
            List<String> shared = new ArrayList<>();
            for (String id : ids) {
                Provision dp = ProvisionNormalizer.parse(id.replace(Provision.ANY_LAW, "")).stream().findFirst()
                        .orElse(null);
                if (dp != null && queryProvisions.stream().anyMatch(p -> dp.indexKeys().contains(p.articleId()))
                        && !shared.contains(dp.display())) {
                    shared.add(dp.display());
                }
            }
            float score = Float.isNaN(sd.score) ? 0f : sd.score;
            hits.add(new Hit(r.id(), doc.get("title_bi"), score, r.industry(), r.region(), Fields.year(r.date()),
                    r.violationBasis(), r.penaltyBasis(), r.penaltyUnitYuan(), highlights, r.sourceUrl(),
                    r.publisher(), r.date(), r.penaltyPersonYuan(), r.transferredCriminal(), r.facts(),
                    List.of(doc.getValues("provision_display")).stream().distinct().toList(), List.copyOf(terms), shared));
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

    /**
     * Precedents most like a text and a set of provisions: MoreLikeThis over the facts (both
     * analyses) plus a boost per shared provision (article level, more for the same item).
     */
    SearchResult similar(String facts, List<Provision> provisions, int limit, String excludeCaseId)
            throws IOException {
        if (reader.maxDoc() == 0) {
            return new SearchResult(0, List.of(), Map.of(), 0, false);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(Analyzers.PER_FIELD);
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(1);
        mlt.setMaxDocFreqPct(60);
        mlt.setMaxQueryTerms(40);
        mlt.setBoost(true);
        Query highlightQ = null;
        if (facts != null && !facts.isBlank()) {
            for (String field : new String[] {"facts_bi", "facts_sc"}) {
                mlt.setFieldNames(new String[] {field});
                Query q = mlt.like(field, new StringReader(facts));
                b.add(q, Occur.SHOULD);
            }
            String specific = GENERIC.matcher(facts).replaceAll(" ");
            QueryFactory.Parsed p = QueryFactory.parse(specific, SearchQuery.Variant.COMBINED_SYNONYMS, false);
            Query syn = QueryFactory.combine(p, false);
            b.add(new BoostQuery(syn, 0.3f), Occur.SHOULD);
            // highlight (and "why this matched") from the concepts only: MoreLikeThis also picks
            // frequent words such as 公司 or 检查 that say nothing about the similarity
            highlightQ = syn;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Provision p : provisions) {
            b.add(new BoostQuery(new TermQuery(new Term("provision", p.articleId())), 2f), Occur.SHOULD);
            if (!p.id().equals(p.articleId()) && keys.add(p.id())) {
                b.add(new BoostQuery(new TermQuery(new Term("provision", p.id())), 1.5f), Occur.SHOULD);
            }
        }
        Query q = b.build();
        if (excludeCaseId != null) {
            q = new BooleanQuery.Builder().add(q, Occur.MUST)
                    .add(new TermQuery(new Term("case_id", excludeCaseId)), Occur.MUST_NOT).build();
        }
        return search(q, highlightQ, SearchQuery.Sort.RELEVANCE, limit, provisions, false);
    }

    /** Every indexed id (tests and diagnostics). */
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
