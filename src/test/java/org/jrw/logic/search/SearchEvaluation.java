package org.jrw.logic.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search quality on the judged query set {@code bench/search/judged-queries.tsv} (ADR 0020):
 * recall@10 (relevant found in the first ten over min(relevant, 10)) and MRR (1 / rank of the
 * first relevant hit) over the queries that have relevant precedents; precision@5 over the
 * queries that have none: 1 − (hits among the first five presented as matching the query) / 5,
 * averaged — an honest answer shows nothing as a match there. Near-duplicates grouped under a
 * hit count at the hit's rank. The baselines have no tiers: each of their hits is presented as a
 * match.
 */
final class SearchEvaluation {
    record Judged(String query, Set<String> relevant, String split) {
    }

    record Score(double recallAt10, double mrr, double precisionAt5NoRelevant, double shownNoRelevant, int judged,
                 int noRelevant, List<String> misses) {
    }

    private SearchEvaluation() {
    }

    static List<Judged> load(Path tsv) throws IOException {
        List<Judged> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            String rel = parts[1].strip();
            out.add(new Judged(parts[0].strip(), rel.equals("-") ? Set.of() : Set.of(rel.split("\\s*,\\s*")),
                    parts.length > 2 ? parts[2].strip() : "T"));
        }
        return out;
    }

    static List<Judged> split(List<Judged> set, String split) {
        return set.stream().filter(j -> j.split().equals(split)).toList();
    }

    /** Hit ids in rank order, each hit's grouped near-duplicates right after it. */
    static List<String> ranked(List<Hit> hits) {
        List<String> ids = new ArrayList<>();
        for (Hit h : hits) {
            ids.add(h.id());
            ids.addAll(h.duplicates());
        }
        return ids;
    }

    static Score score(PrecedentService service, List<Judged> set, SearchQuery.Variant v) {
        double recall = 0;
        double mrr = 0;
        double p5 = 0;
        double shown = 0;
        int judged = 0;
        int none = 0;
        List<String> misses = new ArrayList<>();
        for (Judged j : set) {
            List<Hit> hits = service.search(SearchQuery.of(j.query()).withVariant(v).withLimit(10)).hits();
            if (j.relevant().isEmpty()) {
                none++;
                long claimed = hits.stream().limit(5).filter(Hit::matchedAll).count();
                p5 += 1 - claimed / 5.0;
                shown += Math.min(5, hits.size());
                if (claimed > 0) {
                    misses.add(j.query() + " (nothing relevant; " + claimed + " shown as matching)");
                }
                continue;
            }
            judged++;
            List<String> ids = ranked(hits);
            long found = ids.stream().limit(10).filter(j.relevant()::contains).count();
            recall += found / (double) Math.min(10, j.relevant().size());
            int rank = 0;
            for (int i = 0; i < ids.size(); i++) {
                if (j.relevant().contains(ids.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            mrr += rank == 0 ? 0 : 1.0 / rank;
            if (rank != 1) {
                misses.add(j.query() + " (first relevant at " + (rank == 0 ? "-" : rank) + ")");
            }
        }
        return new Score(judged == 0 ? 0 : recall / judged, judged == 0 ? 0 : mrr / judged,
                none == 0 ? 1 : p5 / none, none == 0 ? 0 : shown / none, judged, none, misses);
    }

    static Map<SearchQuery.Variant, Score> all(PrecedentService service, List<Judged> set) {
        Map<SearchQuery.Variant, Score> out = new LinkedHashMap<>();
        for (SearchQuery.Variant v : SearchQuery.Variant.values()) {
            out.put(v, score(service, set, v));
        }
        return out;
    }

    static String table(Map<String, Map<SearchQuery.Variant, Score>> bySplit) {
        StringBuilder t = new StringBuilder(
                "| queries | variant | recall@10 | MRR | precision@5 (no relevant) |\n|---|---|---|---|---|\n");
        bySplit.forEach((name, scores) -> scores.forEach((v, s) -> t.append(String.format(
                "| %s (%d judged, %d without relevant) | %s | %.3f | %.3f | %.3f |%n", name, s.judged(), s.noRelevant(),
                v, s.recallAt10(), s.mrr(), s.precisionAt5NoRelevant()))));
        return t.toString();
    }
}
