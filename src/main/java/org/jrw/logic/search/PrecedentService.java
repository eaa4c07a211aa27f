package org.jrw.logic.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.PrecedentRecord;
import org.jrw.model.Timestamps;
import org.jrw.model.Violation;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.PrecedentDao;
import org.jrw.persistence.Workspace;

/**
 * Precedent search for one workspace: import of JSON Lines records into SQLite (the source of
 * truth), the Lucene index as a rebuildable cache (rebuilt when missing, unreadable, of another
 * schema or behind the database), search with facets and highlights, and similar cases for a
 * dossier. Thread-safe; indexing work runs on the caller's thread (the GUI calls it from a
 * background task).
 */
public final class PrecedentService implements AutoCloseable {
    private final Workspace workspace;
    private PrecedentIndex index;
    private boolean rebuiltLastOpen;

    public PrecedentService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Number of precedents in the workspace (database count). */
    public int count() {
        return workspace.db().withConnection(PrecedentDao::count);
    }

    /**
     * Imports precedent records from JSON Lines. Each line is checked on its own: a bad line is
     * reported with its number and reason and the others are imported. A record whose id exists
     * replaces the stored one (re-importing a file changes nothing). All good lines are stored in
     * one transaction; then the index is brought up to date.
     */
    public ImportReport importJsonl(Reader in, String sourceName) {
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        Map<String, PrecedentRecord> good = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        try (BufferedReader r = in instanceof BufferedReader br ? br : new BufferedReader(in)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    PrecedentRecord rec = PrecedentCodec.read(line);
                    Integer first = lineOf.get(rec.id());
                    if (first != null) {
                        throw new BadInputException("precedent.reject.duplicate", rec.id(), first);
                    }
                    lineOf.put(rec.id(), n);
                    good.put(rec.id(), rec);
                } catch (BadInputException e) {
                    rejected.add(new ImportReport.Rejected(n, e.getMessage()));
                }
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(e, "precedent.file.encoding", sourceName);
        } catch (IOException e) {
            throw new BadInputException(e, "precedent.file.unreadable", sourceName, org.jrw.i18n.IoReasons.of(e));
        }
        if (!good.isEmpty()) {
            store(new ArrayList<>(good.values()), "import", sourceName);
        }
        return new ImportReport(good.size(), List.copyOf(rejected));
    }

    /** Above this many changed records an import rebuilds the index (streamed) instead of updating it in place. */
    private static final int INCREMENTAL_LIMIT = 5000;

    /** Stores records (insert or replace) in one transaction with an audit entry, then updates the index. */
    private synchronized void store(List<PrecedentRecord> records, String origin, String sourceName) {
        if (workspace.readOnly()) {
            throw new BadInputException("precedent.readOnly");
        }
        String now = Timestamps.now();
        PrecedentDao.Stamp before = workspace.db().withConnection(PrecedentDao::stamp);
        List<PrecedentRecord> changed = new ArrayList<>();
        PrecedentDao.Stamp after = workspace.db().inTransaction(c -> {
            int added = 0;
            int updated = 0;
            long revision = PrecedentDao.stamp(c).maxRevision();
            for (PrecedentRecord rec : records) {
                PrecedentDao.Outcome o = PrecedentDao.upsert(c, rec.id(), origin, sourceName, rec.caseId(),
                        PrecedentCodec.write(rec), now, revision + 1);
                if (o != PrecedentDao.Outcome.UNCHANGED) {
                    revision++;
                }
                if (o != PrecedentDao.Outcome.UNCHANGED) {
                    changed.add(rec);
                }
                added += o == PrecedentDao.Outcome.INSERTED ? 1 : 0;
                updated += o == PrecedentDao.Outcome.UPDATED ? 1 : 0;
            }
            if (!changed.isEmpty()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("source", sourceName);
                details.put("added", added);
                details.put("updated", updated);
                AuditDao.append(c, Audit.entry("precedent.import", null,
                        changed.stream().map(PrecedentRecord::id).limit(100).toList(), null, null, details));
            }
            return PrecedentDao.stamp(c);
        });
        if (changed.isEmpty()) {
            return;
        }
        Audit.writeHead(workspace);
        try {
            synchronized (folderLock()) {
                if (index != null && index.stamp().equals(before.toString()) && changed.size() <= INCREMENTAL_LIMIT) {
                    index = index.update(changed, List.of(), after.toString());
                } else {
                    closeIndex();
                    ensureIndex(Progress.NONE);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the database has the records; the index is rebuilt on next use
            closeIndex();
        }
    }

    /**
     * Adds a workspace case with its decision to the precedents as the bureau's own case (本局案例,
     * ADR 0103): the fields of the precedent format from the dossier — facts, violated and penalty
     * provisions of each violation, the fine for the unit or the person, other sanctions, whether
     * the case was transferred (a 涉嫌犯罪案件移送书 in the dossier) — the deciding agency as
     * publisher, the decision's date and number as source. Adding the same case again replaces
     * its record. Refused (nothing written) when the case has no 行政处罚决定书 or no facts.
     */
    public PrecedentRecord addCase(Dossier d) {
        var ci = d.caseInfo();
        var decisions = d.documentsOf(org.jrw.model.DocumentType.PENALTY_DECISION);
        if (decisions.isEmpty()) {
            throw new BadInputException("search2.addCase.noDecision", ci.caseNumber());
        }
        var decision = decisions.get(decisions.size() - 1);
        StringBuilder facts = new StringBuilder();
        StringBuilder violated = new StringBuilder();
        StringBuilder penalty = new StringBuilder();
        StringBuilder other = new StringBuilder();
        long unitFine = 0;
        long personFine = 0;
        boolean anyUnit = false;
        boolean anyPerson = false;
        java.util.Set<String> partyTypes = new java.util.LinkedHashSet<>();
        for (Violation v : d.violations()) {
            append(facts, v.facts(), "");
            append(violated, v.violatedProvision(), "；");
            append(penalty, v.penaltyProvision(), "；");
            var party = d.parties().stream().filter(p -> p.id().equals(v.partyId())).findFirst().orElse(null);
            boolean person = party != null && party.kind() == org.jrw.model.PartyKind.PERSON;
            if (party != null) {
                partyTypes.add(person ? "个人" : "单位");
            }
            if (v.proposed() != null) {
                if (v.proposed().fineYuan() != null) {
                    if (person) {
                        personFine += v.proposed().fineYuan();
                        anyPerson = true;
                    } else {
                        unitFine += v.proposed().fineYuan();
                        anyUnit = true;
                    }
                }
                if (v.proposed().other() != null) {
                    for (String o : v.proposed().other()) {
                        append(other, o, "；");
                    }
                }
            }
        }
        if (facts.length() == 0) {
            throw new BadInputException("precedent.promote.noFacts", ci.caseNumber());
        }
        Long statedFine = decision.statedLong("fineYuan");
        if (!anyUnit && !anyPerson && statedFine != null) {
            unitFine = statedFine;
            anyUnit = true;
        }
        java.time.LocalDate on = decision.date() != null ? decision.date() : ci.filedOn();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put(BureauCases.FIELD, true);
        if (decision.number() != null && !decision.number().isBlank()) {
            extra.put(BureauCases.DECISION_NUMBER, decision.number().strip());
        }
        extra.put(BureauCases.CASE_NUMBER, ci.caseNumber());
        String region = ci.district();
        PrecedentRecord r = new PrecedentRecord("WS-" + d.caseId(), ci.title(), null, ci.agency(),
                on == null ? null : on.toString(), region, ci.industry(),
                partyTypes.isEmpty() ? null : String.join("、", partyTypes), facts.toString(), violated.toString(),
                penalty.toString(), anyUnit ? java.math.BigDecimal.valueOf(unitFine) : null,
                anyPerson ? java.math.BigDecimal.valueOf(personFine) : null, other.length() == 0 ? null : other.toString(),
                !d.documentsOf(org.jrw.model.DocumentType.CRIMINAL_TRANSFER).isEmpty(), null, d.caseId(),
                new org.jrw.model.Extra(extra));
        store(List.of(r), "case", d.caseId());
        return r;
    }

    /** The earlier name of {@link #addCase}. */
    public PrecedentRecord promote(Dossier d) {
        return addCase(d);
    }

    /** Every stored precedent (or only this bureau's own cases), in storage order. */
    public List<PrecedentRecord> records(boolean ownOnly) {
        List<PrecedentRecord> out = new ArrayList<>();
        workspace.db().withConnection(c -> {
            PrecedentDao.forEach(c, row -> {
                PrecedentRecord r = PrecedentCodec.read(row.record());
                if (!ownOnly || BureauCases.isOwn(r)) {
                    out.add(r);
                }
            });
            return null;
        });
        return out;
    }

    /**
     * Imports precedent records received from another bureau whose signature was verified
     * ({@code receivedFrom}: the signer's name and fingerprint, null for an unsigned file):
     * records the sender marked as its own cases keep the mark with who sent them
     * ({@code received_from}), so they are never shown as this bureau's own.
     */
    public ImportReport importReceived(String jsonl, String sourceName, String signerName, String signerSha256) {
        if (signerName == null) {
            return importJsonl(new java.io.StringReader(jsonl), sourceName);
        }
        StringBuilder marked = new StringBuilder();
        for (String line : jsonl.split("\n", -1)) {
            String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (!l.isBlank()) {
                try {
                    var node = (com.fasterxml.jackson.databind.node.ObjectNode) org.jrw.codec.Json.parse(l);
                    if (node.path(BureauCases.FIELD).asBoolean(false)) {
                        node.put(BureauCases.RECEIVED_FROM, signerName);
                        node.put(BureauCases.RECEIVED_SHA256, signerSha256);
                    }
                    l = org.jrw.codec.Json.write(node);
                } catch (IOException | RuntimeException notAnObject) {
                    org.slf4j.LoggerFactory.getLogger(PrecedentService.class)
                            .debug("precedent line left unmarked (not a JSON object)", notAnObject);
                    // left as it is: importJsonl reports the line with its reason
                }
            }
            marked.append(l).append('\n');
        }
        return importJsonl(new java.io.StringReader(marked.toString()), sourceName);
    }

    private static void append(StringBuilder sb, String s, String sep) {
        if (s != null && !s.isBlank()) {
            if (sb.length() > 0) {
                sb.append(sep);
            }
            sb.append(s.strip());
        }
    }

    private static boolean singleCharacter(String text) {
        String t = text == null ? "" : text.strip();
        return t.codePointCount(0, t.length()) == 1
                && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /**
     * For a one-character query the bigram highlighter marks the pairs it sits in (得焊, 电焊): mark
     * the character itself in the facts instead.
     */
    private static SearchResult markCharacter(SearchResult r, String ch) {
        List<Hit> hits = new ArrayList<>();
        for (Hit h : r.hits()) {
            String f = h.facts() == null ? "" : h.facts().strip();
            if (!f.contains(ch)) {
                hits.add(h);
                continue;
            }
            String marked = f.replace(ch, "<em>" + ch + "</em>");
            hits.add(h.withHighlight(List.of(marked), List.of(ch)));
        }
        return new SearchResult(r.total(), hits, r.facets(), r.allWords(), r.relaxed());
    }

    /** Whether a query text has anything to search for (not only punctuation or query syntax). */
    public static boolean hasTerms(String text) {
        QueryFactory.Parsed p = QueryFactory.parse(text, SearchQuery.Variant.COMBINED_SYNONYMS, true);
        return !p.empty() || !p.exclusions().isEmpty();
    }

    /** Searches precedents; an empty query with no filter lists all (by the chosen sort). */
    public synchronized SearchResult search(SearchQuery q) {
        if (q.limit() < 1 || q.limit() > SearchQuery.MAX_LIMIT) {
            throw new BadInputException("search.limit.invalid", q.limit(), SearchQuery.MAX_LIMIT);
        }
        SearchQuery.Variant v = q.variant() == null ? SearchQuery.Variant.COMBINED_SYNONYMS : q.variant();
        List<Query> filters = new ArrayList<>();
        if (q.industry() != null && !q.industry().isBlank()) {
            filters.add(FieldFilters.industryFilter(q.industry()));
        }
        if (q.region() != null && !q.region().isBlank()) {
            filters.add(FieldFilters.regionFilter(q.region()));
        }
        List<Provision> provisions = new ArrayList<>();
        if (q.provision() != null && !q.provision().isBlank()) {
            filters.add(FieldFilters.provisionFilter(q.provision()));
            provisions.addAll(ProvisionNormalizer.parse(q.provision()));
        }
        if (q.year() != null) {
            filters.add(FieldFilters.yearFilter(q.year().toString()));
        }
        Query fine = FieldFilters.fineFilter(q.minFineYuan(), q.maxFineYuan());
        if (fine != null) {
            filters.add(fine);
        }
        if (q.transferred() != null) {
            filters.add(FieldFilters.transferredFilter(q.transferred().toString()));
        }
        for (String earlier : q.within() == null ? List.<String>of() : q.within()) {
            QueryFactory.Parsed p = QueryFactory.parse(earlier, v, true);
            filters.add(QueryFactory.combine(p, true));
        }
        boolean baseline = v != SearchQuery.Variant.COMBINED_SYNONYMS;
        QueryFactory.Parsed strict = QueryFactory.parse(q.text(), v, !baseline);
        provisions.addAll(strict.provisions());
        if (q.text() != null && !q.text().isBlank() && strict.empty() && strict.exclusions().isEmpty()
                && filters.isEmpty()) {
            // punctuation or query syntax alone ("！！！", "*", "((") finds nothing (it listed every precedent)
            return new SearchResult(0, List.of(), Map.of(), 0, false);
        }
        try {
            PrecedentIndex idx = ensureIndex(Progress.NONE);
            SearchResult r;
            if (!baseline && !strict.tiered().isEmpty() && strict.tiered().size() == strict.words().size()) {
                // the words' concepts decide the tiers; phrases, filters and exclusions restrict them
                QueryFactory.Parsed rest = new QueryFactory.Parsed(List.of(), strict.phrases(), strict.filters(),
                        strict.exclusions(), List.of(), false, List.of());
                Query base = withFilters(QueryFactory.combine(rest, true), filters);
                r = idx.searchTiered(strict.tiered(), base, q.sort(), q.limit(), provisions);
            } else {
                Query query = withFilters(QueryFactory.combine(strict, !baseline), filters);
                r = idx.search(query, query, q.sort(), q.limit(), provisions, false);
            }
            return singleCharacter(q.text()) ? markCharacter(r, q.text().strip()) : r;
        } catch (IOException e) {
            closeIndex();
            throw new UncheckedIOException(e);
        }
    }

    private static Query withFilters(Query main, List<Query> filters) {
        if (filters.isEmpty()) {
            return main;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST);
        filters.forEach(f -> b.add(f, Occur.FILTER));
        return b.build();
    }

    /**
     * The precedents most like a dossier: its violations' facts (MoreLikeThis, both analyses, and
     * domain synonyms) and the provisions it cites (shared articles and items rank higher).
     */
    public synchronized List<Hit> similar(Dossier d, int limit) {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new BadInputException("search.limit.invalid", limit, SearchQuery.MAX_LIMIT);
        }
        StringBuilder facts = new StringBuilder();
        List<Provision> violated = new ArrayList<>();
        List<Provision> penalty = new ArrayList<>();
        Long fine = null;
        for (Violation v : d.violations()) {
            append(facts, v.facts(), "\n");
            List<Provision> vp = ProvisionNormalizer.parse(v.violatedProvision());
            String law = vp.isEmpty() ? null : vp.get(0).law();
            violated.addAll(vp);
            penalty.addAll(ProvisionNormalizer.parse(v.penaltyProvision(), law));
            if (v.proposed() != null && v.proposed().fineYuan() != null) {
                fine = (fine == null ? 0 : fine) + v.proposed().fineYuan();
            }
        }
        if (facts.length() == 0 && d.caseInfo() != null && d.caseInfo().title() != null) {
            facts.append(d.caseInfo().title());
        }
        PrecedentIndex.SimilarInput in = new PrecedentIndex.SimilarInput(facts.toString(), violated, penalty, fine,
                TransferIndicators.indicated(d));
        try {
            return ensureIndex(Progress.NONE).similar(in, limit, d.caseId()).hits();
        } catch (IOException e) {
            closeIndex();
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cited provisions of a hit with their text where the law is bundled (display form →
     * text, in citation order; a provision of a law not bundled maps to null).
     */
    public Map<String, String> citedArticles(Hit h) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String display : h.provisions()) {
            for (Provision p : ProvisionNormalizer.parse(display)) {
                out.put(p.display(), ArticleTexts.of(p).orElse(null));
            }
        }
        return out;
    }

    /** One precedent record from the database. */
    public java.util.Optional<PrecedentRecord> find(String id) {
        return workspace.db().withConnection(c -> PrecedentDao.find(c, id)).map(row -> PrecedentCodec.read(row.record()));
    }

    /** Links a precedent into a case as a reference (参考案例) with a note. */
    public void addReference(String caseId, String precedentId, String note) {
        if (find(precedentId).isEmpty()) {
            throw new BadInputException("precedent.notFound", precedentId);
        }
        String now = Timestamps.now();
        workspace.db().inTransaction(c -> {
            PrecedentDao.addReference(c, caseId, precedentId, note, now);
            AuditDao.append(c, Audit.entry("precedent.reference", caseId, List.of(precedentId), null, null,
                    Map.of("note", note == null ? "" : note)));
            return null;
        });
        Audit.writeHead(workspace);
    }

    /** Discards the index and builds it again from the database. */
    public synchronized void rebuildIndex() {
        rebuildIndex(Progress.NONE);
    }

    public synchronized void rebuildIndex(Progress progress) {
        closeIndex();
        try {
            index = build(progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the last opening found the index missing, damaged, outdated or stale and rebuilt it. */
    public synchronized boolean rebuiltOnOpen() {
        return rebuiltLastOpen;
    }

    /** Opens the index, rebuilding it first when it is missing, unreadable, of another schema or stale. */
    public synchronized void ensureIndex() {
        try {
            ensureIndex(Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One lock per index folder: services of one process never write the same folder at once. */
    private static final Map<java.nio.file.Path, Object> FOLDER_LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    private Object folderLock() {
        return FOLDER_LOCKS.computeIfAbsent(workspace.indexDir().toAbsolutePath().normalize(), k -> new Object());
    }

    private PrecedentIndex ensureIndex(Progress progress) throws IOException {
        synchronized (folderLock()) {
            return ensureIndexLocked(progress);
        }
    }

    private PrecedentIndex ensureIndexLocked(Progress progress) throws IOException {
        String stamp = workspace.db().withConnection(PrecedentDao::stamp).toString();
        if (index != null && index.stamp().equals(stamp)) {
            return index;
        }
        closeIndex();
        index = PrecedentIndex.openIfCurrent(workspace.indexDir(), stamp);
        rebuiltLastOpen = index == null;
        if (index == null) {
            index = build(progress);
        }
        return index;
    }

    private PrecedentIndex build(Progress progress) throws IOException {
        synchronized (folderLock()) {
            return buildLocked(progress);
        }
    }

    private PrecedentIndex buildLocked(Progress progress) throws IOException {
        // the records stream from SQLite into the index writer: a library of 100 000 is never held in memory
        PrecedentDao.Stamp stamp = workspace.db().withConnection(PrecedentDao::stamp);
        int total = count();
        PrecedentIndex.Source source = sink -> workspace.db().withConnection(c -> {
            PrecedentDao.forEach(c, row -> sink.accept(PrecedentCodec.read(row.record())));
            return null;
        });
        if (workspace.readOnly()) {
            return PrecedentIndex.buildInMemory(source, stamp.toString());
        }
        return PrecedentIndex.build(workspace.indexDir(), source, stamp.toString(), progress, total);
    }

    private void closeIndex() {
        if (index != null) {
            try {
                index.close();
            } catch (RuntimeException failure) {
                org.slf4j.LoggerFactory.getLogger(PrecedentService.class)
                        .debug("precedent index not closed cleanly", failure);
                // a broken index is rebuilt anyway
            }
            index = null;
        }
    }

    @Override
    public synchronized void close() {
        closeIndex();
    }
}
