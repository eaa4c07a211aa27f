package org.jrw.logic.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jrw.model.BadInputException;

/**
 * Turns the query box's text into Lucene queries. Syntax: words separated by spaces are ANDed
 * (a word matches when most of its concepts match: a concept is a domain term with its synonyms
 * or a SmartCN word); {@code "…"} is a phrase; {@code -word} excludes; {@code OR} between two
 * words makes either enough; {@code 行业:}, {@code 地区:}, {@code 年份:}, {@code 条款:},
 * {@code 移送:} (and the English {@code industry: region: year: provision: transferred:}) filter;
 * a word that is a citation ({@code 97条7项}) matches the cited provision.
 */
final class QueryFactory {
    private static final QueryBuilder BI = new QueryBuilder(Analyzers.BIGRAM);
    private static final QueryBuilder SC = new QueryBuilder(Analyzers.SMARTCN);
    private static final Set<String> STOP = Set.of("的", "了", "把", "被", "在", "是", "和", "与", "及", "或", "对",
            "将", "从", "让", "给", "向", "于", "等", "也", "都", "就", "而", "其", "之", "并", "且", "有", "个", "一",
            "一个", "一名", "这", "那", "案", "案例", "案件", "情况", "问题", "怎么", "如何", "什么", "哪些", "相关",
            "没有", "没", "不", "未", "无", "非", "里", "上", "下", "中", "后", "前", "时");
    private static final Pattern CITATION = Pattern.compile(".*\\d*[0-9零〇一二两三四五六七八九十百千]+\\s*条.*");

    /** One parsed query: scoring clauses, required clauses, filters, exclusions, cited provisions. */
    record Parsed(List<Query> words, List<Query> phrases, List<Query> filters, List<Query> exclusions,
                  List<Provision> provisions, boolean empty, List<Word> tiered) {
    }

    /**
     * One concept of a query word: a domain concept (its members, provisions and flag), a SmartCN
     * word or a citation. Optional concepts (single characters left over after a domain term) only
     * help the ranking.
     */
    record Concept(String label, Query query, boolean optional) {
    }

    /** One word of the query box as concepts; it matches when {@code need} of its required concepts match. */
    record Word(List<Concept> concepts, int need) {
        List<Concept> required() {
            return concepts.stream().filter(c -> !c.optional()).toList();
        }

        /** The word as one query (for "search within" and the baselines' shape). */
        Query query() {
            List<Concept> req = required();
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            if (req.size() == 1) {
                b.add(req.get(0).query(), Occur.MUST);
            } else {
                BooleanQuery.Builder r = new BooleanQuery.Builder();
                req.forEach(c -> r.add(c.query(), Occur.SHOULD));
                r.setMinimumNumberShouldMatch(need);
                b.add(r.build(), Occur.MUST);
            }
            concepts.stream().filter(Concept::optional).forEach(c -> b.add(new BoostQuery(c.query(), 0.3f), Occur.SHOULD));
            return b.build();
        }
    }

    /**
     * Field weights of a concept's match (tuned on the tuning half of the judged set, ADR 0020):
     * SmartCN words in the facts, the title, the other text (industry, region, publisher,
     * provisions), a synonym instead of the word typed, a provision or record flag stating it.
     */
    record Weights(float factsSc, float title, float meta, float alternative, float provision, float flag) {
        static final Weights SHIPPED = new Weights(0.8f, 0.5f, 0.4f, DomainSynonyms.ALTERNATIVE_WEIGHT, 0.6f, 0.6f);
    }

    /** The weights in use; only the tuning harness (tests) changes them. */
    static volatile Weights weights = Weights.SHIPPED;

    /** Leaf clauses one query may have (Lucene refuses more than 1024 in all). */
    static final int MAX_LEAVES = 600;
    private static final int MAX_LEAVES_PER_WORD = 300;

    private QueryFactory() {
    }

    /** Number of leaf queries (terms, phrases) in a query tree. */
    static int leaves(Query q) {
        int[] n = {0};
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                n[0]++;
            }

            @Override
            public void visitLeaf(Query query) {
                n[0]++;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return n[0];
    }

    static Parsed parse(String text, SearchQuery.Variant variant, boolean and) {
        List<Query> words = new ArrayList<>();
        List<Query> phrases = new ArrayList<>();
        List<Query> filters = new ArrayList<>();
        List<Query> exclusions = new ArrayList<>();
        List<Provision> provisions = new ArrayList<>();
        List<Word> tiered = new ArrayList<>();
        List<String> tokens = split(text == null ? "" : text);
        boolean orNext = false;
        int budget = MAX_LEAVES;
        for (String tok : tokens) {
            if (budget <= 0) {
                break; // a pasted page: the first few hundred terms decide, the rest cannot add much
            }
            if (tok.equals("OR") || tok.equals("或")) {
                orNext = !words.isEmpty();
                continue;
            }
            if (tok.startsWith("\"") && tok.length() > 1) {
                String p = tok.replace("\"", "").strip();
                if (!p.isEmpty()) {
                    phrases.add(phrase(p));
                }
                continue;
            }
            if (tok.startsWith("-") && tok.length() > 1) {
                Query q = wordQuery(tok.substring(1), variant, false);
                if (q != null) {
                    exclusions.add(q);
                }
                continue;
            }
            int colon = indexOfColon(tok);
            if (colon > 0 && colon < tok.length() - 1) {
                Query f = FieldFilters.fieldFilter(tok.substring(0, colon), tok.substring(colon + 1));
                if (f != null) {
                    filters.add(f);
                    continue;
                }
            }
            Query q;
            Word word = null;
            List<Provision> cited = CITATION.matcher(tok).matches() ? ProvisionNormalizer.parse(tok) : List.of();
            if (!cited.isEmpty()) {
                provisions.addAll(cited);
                q = FieldFilters.provisionQuery(cited);
                word = new Word(List.of(new Concept(tok, q, false)), 1);
            } else if (variant == SearchQuery.Variant.COMBINED_SYNONYMS) {
                word = concepts(tok);
                q = word == null ? null : word.query();
            } else {
                q = wordQuery(tok, variant, and);
            }
            if (q == null) {
                continue;
            }
            budget -= leaves(q);
            if (orNext) {
                Query prev = words.remove(words.size() - 1);
                q = new BooleanQuery.Builder().add(prev, Occur.SHOULD).add(q, Occur.SHOULD).build();
                orNext = false;
                if (!tiered.isEmpty()) {
                    Word before = tiered.remove(tiered.size() - 1);
                    word = new Word(List.of(new Concept(before.concepts().get(0).label() + " OR " + tok, q, false)), 1);
                }
            }
            words.add(q);
            if (word != null) {
                tiered.add(word);
            }
        }
        boolean empty = words.isEmpty() && phrases.isEmpty() && filters.isEmpty();
        return new Parsed(words, phrases, filters, exclusions, provisions, empty, tiered);
    }

    /**
     * A word as concepts: each domain concept found in it (members, synonyms, provisions stating
     * it, the record flag stating it; one concept however many of its members the word holds),
     * then SmartCN segments of the rest, function words dropped. Single characters left over
     * after a domain term (the 工 of 电焊工) are optional. Null when nothing is left.
     */
    static Word concepts(String word) {
        String w = word.strip();
        if (w.isEmpty()) {
            return null;
        }
        Weights wt = weights;
        List<Concept> required = new ArrayList<>();
        List<Concept> optional = new ArrayList<>();
        int used = 0;
        List<DomainSynonyms.Match> matches = DomainSynonyms.find(w);
        StringBuilder residual = new StringBuilder(w);
        java.util.Map<Integer, List<DomainSynonyms.Match>> byConcept = new java.util.LinkedHashMap<>();
        for (DomainSynonyms.Match m : matches) {
            for (int k = m.start(); k < m.end(); k++) {
                residual.setCharAt(k, ' ');
            }
            byConcept.computeIfAbsent(m.concept().index(), k -> new ArrayList<>()).add(m);
        }
        for (List<DomainSynonyms.Match> ms : byConcept.values()) {
            if (used > MAX_LEAVES_PER_WORD) {
                break;
            }
            DomainSynonyms.Concept dc = ms.get(0).concept();
            Set<String> typed = new LinkedHashSet<>();
            ms.forEach(m -> typed.add(m.term()));
            BooleanQuery.Builder c = new BooleanQuery.Builder();
            for (String t : typed) {
                c.add(textMatch(t), Occur.SHOULD);
            }
            for (String alt : dc.terms()) {
                if (!typed.contains(alt)) {
                    Query a = BI.createPhraseQuery("facts_bi", alt);
                    if (a != null) {
                        c.add(new BoostQuery(a, wt.alternative()), Occur.SHOULD);
                    }
                }
            }
            for (Provision p : dc.provisions()) {
                c.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(
                        new TermQuery(new Term("provision", p.id()))), wt.provision()), Occur.SHOULD);
            }
            if (dc.flagField() != null) {
                c.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(
                        new TermQuery(new Term(dc.flagField(), dc.flagValue()))), wt.flag()), Occur.SHOULD);
            }
            BooleanQuery concept = c.build();
            used += leaves(concept);
            required.add(new Concept(String.join("/", typed), concept, false));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String part : residual.toString().split("\\s+")) {
            if (part.isBlank()) {
                continue;
            }
            for (String t : Analyzers.tokens(Analyzers.SMARTCN, part)) {
                if (used <= MAX_LEAVES_PER_WORD && !STOP.contains(t) && seen.add(t)) {
                    used += 4;
                    boolean opt = t.length() == 1 && !matches.isEmpty();
                    (opt ? optional : required).add(new Concept(t, textMatch(t), opt));
                }
            }
        }
        if (required.isEmpty()) {
            optional.forEach(o -> required.add(new Concept(o.label(), o.query(), false)));
            optional.clear();
        }
        if (required.isEmpty()) {
            return null;
        }
        List<Concept> all = new ArrayList<>(required);
        all.addAll(optional);
        int need = required.size() == 1 ? 1 : Math.max(1, (int) Math.ceil(required.size() * 2 / 3.0));
        return new Word(List.copyOf(all), need);
    }

    /** The full query: the words ANDed (or, relaxed, ORed), phrases required, filters, exclusions. */
    static Query combine(Parsed p, boolean and) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query w : p.words()) {
            b.add(w, and ? Occur.MUST : Occur.SHOULD);
        }
        for (Query ph : p.phrases()) {
            b.add(ph, Occur.MUST);
        }
        for (Query f : p.filters()) {
            b.add(f, Occur.FILTER);
        }
        for (Query x : p.exclusions()) {
            b.add(x, Occur.MUST_NOT);
        }
        if (p.words().isEmpty() && p.phrases().isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else if (!and && p.phrases().isEmpty()) {
            b.setMinimumNumberShouldMatch(1);
        }
        return b.build();
    }

    /** Query-box tokens: split on whitespace, quoted phrases kept whole. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : text.replace('“', '"').replace('”', '"').replace('\u3000', ' ').toCharArray()) {
            if (c == '"') {
                if (quoted) {
                    out.add("\"" + cur + "\"");
                    cur.setLength(0);
                } else if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(quoted ? "\"" + cur + "\"" : cur.toString());
        }
        return out;
    }

    private static int indexOfColon(String tok) {
        int a = tok.indexOf(':');
        int b = tok.indexOf('：');
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** A phrase in facts, title or the other text (industry, region, publisher, provisions). */
    static Query phrase(String p) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String f : new String[] {"facts_bi", "title_bi", "meta_bi"}) {
            Query q = BI.createPhraseQuery(f, p);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? new MatchNoDocsQuery() : b.build();
    }

    /**
     * One word of the query box. Variants BIGRAM, SMARTCN and COMBINED are the plain BM25
     * baselines of the evaluation (terms ORed); COMBINED_SYNONYMS splits the word into concepts.
     */
    static Query wordQuery(String word, SearchQuery.Variant variant, boolean and) {
        String w = word.strip();
        if (w.isEmpty()) {
            return null;
        }
        switch (variant) {
            case BIGRAM:
                return plain(w, true, false);
            case SMARTCN:
                return plain(w, false, true);
            case COMBINED:
                return plain(w, true, true);
            default:
                break;
        }
        List<Query> concepts = new ArrayList<>();
        int used = 0;
        List<DomainSynonyms.Match> matches = DomainSynonyms.find(w);
        StringBuilder residual = new StringBuilder(w);
        for (DomainSynonyms.Match m : matches) {
            for (int k = m.start(); k < m.end(); k++) {
                residual.setCharAt(k, ' ');
            }
            if (used > MAX_LEAVES_PER_WORD) {
                continue;
            }
            BooleanQuery.Builder c = new BooleanQuery.Builder();
            c.add(textMatch(m.term()), Occur.SHOULD);
            for (String alt : m.alternatives()) {
                Query a = BI.createPhraseQuery("facts_bi", alt);
                if (a != null) {
                    c.add(new BoostQuery(a, 0.6f), Occur.SHOULD);
                }
            }
            BooleanQuery concept = c.build();
            used += leaves(concept);
            concepts.add(concept);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Query> optional = new ArrayList<>();
        for (String part : residual.toString().split("\\s+")) {
            if (part.isBlank()) {
                continue;
            }
            for (String t : Analyzers.tokens(Analyzers.SMARTCN, part)) {
                if (used <= MAX_LEAVES_PER_WORD && !STOP.contains(t) && seen.add(t)) {
                    used += 4;
                    // single characters left over (the 工 of 电焊工) help ranking but are not required
                    (t.length() == 1 && !matches.isEmpty() ? optional : concepts).add(textMatch(t));
                }
            }
        }
        if (concepts.isEmpty()) {
            concepts.addAll(optional);
            optional.clear();
        }
        if (concepts.isEmpty()) {
            return null;
        }
        Query required;
        if (concepts.size() == 1) {
            required = concepts.get(0);
        } else {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            concepts.forEach(c -> b.add(c, Occur.SHOULD));
            if (and) {
                b.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(concepts.size() * 2 / 3.0)));
            }
            required = b.build();
        }
        if (optional.isEmpty()) {
            return required;
        }
        BooleanQuery.Builder wb = new BooleanQuery.Builder().add(required, Occur.MUST);
        optional.forEach(o -> wb.add(new BoostQuery(o, 0.3f), Occur.SHOULD));
        return wb.build();
    }

    /** A concept's text in facts (bigram phrase and SmartCN words), title and the other text. */
    static Query textMatch(String s) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> compounds = DomainSynonyms.NOT_WHEN_PART_OF.get(s);
        if (compounds != null) {
            // 事故 but not inside 事故隐患: only the bigram fields keep the positions to tell
            add(b, notInside("facts_bi", s, compounds), 1.0f);
            add(b, notInside("title_bi", s, compounds), weights.title());
            return b.build();
        }
        add(b, BI.createPhraseQuery("facts_bi", s), 1.0f);
        Weights wt = weights;
        add(b, SC.createBooleanQuery("facts_sc", s, Occur.MUST), wt.factsSc());
        add(b, BI.createPhraseQuery("title_bi", s), wt.title());
        add(b, BI.createPhraseQuery("meta_bi", s), wt.meta());
        if (s.codePointCount(0, s.length()) == 1
                && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN) {
            // one character (焊): the bigram fields hold it only inside pairs (焊接, 电焊)
            add(b, new org.apache.lucene.search.PrefixQuery(new org.apache.lucene.index.Term("facts_bi", s)), 0.9f);
            add(b, new org.apache.lucene.search.WildcardQuery(new org.apache.lucene.index.Term("facts_bi", "?" + s)), 0.9f);
            add(b, new org.apache.lucene.search.PrefixQuery(new org.apache.lucene.index.Term("title_bi", s)), 0.4f);
            add(b, new org.apache.lucene.search.WildcardQuery(new org.apache.lucene.index.Term("title_bi", "?" + s)), 0.4f);
        }
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? new MatchNoDocsQuery() : q;
    }

    /** The word in a bigram field wherever it is not part of one of the compounds. */
    static Query notInside(String field, String word, List<String> compounds) {
        org.apache.lucene.queries.spans.SpanQuery include = span(field, word);
        if (include == null) {
            return null;
        }
        List<org.apache.lucene.queries.spans.SpanQuery> ex = new ArrayList<>();
        for (String c : compounds) {
            org.apache.lucene.queries.spans.SpanQuery q = span(field, c);
            if (q != null) {
                ex.add(q);
            }
        }
        if (ex.isEmpty()) {
            return include;
        }
        org.apache.lucene.queries.spans.SpanQuery exclude = ex.size() == 1 ? ex.get(0)
                : new org.apache.lucene.queries.spans.SpanOrQuery(ex.toArray(org.apache.lucene.queries.spans.SpanQuery[]::new));
        return new org.apache.lucene.queries.spans.SpanNotQuery(include, exclude);
    }

    private static org.apache.lucene.queries.spans.SpanQuery span(String field, String text) {
        List<String> grams = Analyzers.tokens(Analyzers.BIGRAM, text);
        if (grams.isEmpty()) {
            return null;
        }
        if (grams.size() == 1) {
            return new org.apache.lucene.queries.spans.SpanTermQuery(new Term(field, grams.get(0)));
        }
        org.apache.lucene.queries.spans.SpanQuery[] parts = grams.stream()
                .map(g -> new org.apache.lucene.queries.spans.SpanTermQuery(new Term(field, g)))
                .toArray(org.apache.lucene.queries.spans.SpanQuery[]::new);
        return new org.apache.lucene.queries.spans.SpanNearQuery(parts, 0, true);
    }

    private static Query plain(String w, boolean bigram, boolean smartcn) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (bigram) {
            add(b, BI.createBooleanQuery("facts_bi", w), 1.0f);
            add(b, BI.createBooleanQuery("title_bi", w), 0.5f);
        }
        if (smartcn) {
            add(b, SC.createBooleanQuery("facts_sc", w), bigram ? 0.8f : 1.0f);
            add(b, SC.createBooleanQuery("title_sc", w), 0.5f);
        }
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(boost == 1.0f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        }
    }
}
