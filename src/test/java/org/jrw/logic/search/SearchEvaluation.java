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
 * Search quality on the judged query set {@code bench/search/judged-queries.tsv}: recall@10
 * (relevant found in the first ten over min(relevant, 10)) and MRR (1 / rank of the first
 * relevant hit), averaged over the queries, for each {@link SearchQuery.Variant}.
 */
final class SearchEvaluation {
    record Judged(String query, Set<String> relevant) {
    }

    record Score(double recallAt10, double mrr, List<String> misses) {
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
            out.add(new Judged(parts[0].strip(), Set.of(parts[1].strip().split("\\s*,\\s*"))));
        }
        return out;
    }

    static Score score(PrecedentService service, List<Judged> set, SearchQuery.Variant v) {
        double recall = 0;
        double mrr = 0;
        List<String> misses = new ArrayList<>();
        for (Judged j : set) {
            List<String> ids = service.search(SearchQuery.of(j.query()).withVariant(v).withLimit(10)).hits().stream()
                    .map(Hit::id).toList();
            long found = ids.stream().filter(j.relevant()::contains).count();
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
        return new Score(recall / set.size(), mrr / set.size(), misses);
    }

    static Map<SearchQuery.Variant, Score> all(PrecedentService service, List<Judged> set) {
        Map<SearchQuery.Variant, Score> out = new LinkedHashMap<>();
        for (SearchQuery.Variant v : SearchQuery.Variant.values()) {
            out.put(v, score(service, set, v));
        }
        return out;
    }
}
