package org.jrw.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped ranking (concepts as data, tiers, SmartCN + bigrams) against the character-bigram
 * BM25 baseline on the judged query set (≥ 60 queries, a tuning part and a held-out part): at
 * least as good on recall@10 and MRR on both parts, and honest where nothing is relevant. Prints
 * the table of docs/decisions/0020-chinese-analysis.md and bench/results.md.
 */
class SearchQualityTest {
    @TempDir
    Path tmp;

    @Test
    void shippedRankingBeatsTheBigramBaselineOnTuningAndHeldOutQueries() throws Exception {
        List<SearchEvaluation.Judged> set = SearchEvaluation.load(Path.of("bench/search/judged-queries.tsv"));
        assertThat(set).hasSizeGreaterThanOrEqualTo(60);
        List<SearchEvaluation.Judged> tuning = SearchEvaluation.split(set, "T");
        List<SearchEvaluation.Judged> heldOut = SearchEvaluation.split(set, "H");
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(20);
        assertThat(tuning.size() + heldOut.size()).isEqualTo(set.size());
        try (Workspace ws = Workspace.open(tmp.resolve("ws")); PrecedentService s = new PrecedentService(ws)) {
            s.importJsonl(PrecedentServiceTest.corpus(), "cases.jsonl");
            Map<String, Map<SearchQuery.Variant, SearchEvaluation.Score>> scores = new LinkedHashMap<>();
            scores.put("tuning", SearchEvaluation.all(s, tuning));
            scores.put("held-out", SearchEvaluation.all(s, heldOut));
            scores.put("all", SearchEvaluation.all(s, set));
            System.out.println(SearchEvaluation.table(scores));
            for (var e : scores.entrySet()) {
                var shipped = e.getValue().get(SearchQuery.Variant.COMBINED_SYNONYMS);
                var base = e.getValue().get(SearchQuery.Variant.BIGRAM);
                System.out.println(e.getKey() + " shipped misses: " + shipped.misses());
                assertThat(shipped.recallAt10()).as(e.getKey() + " recall@10").isGreaterThanOrEqualTo(base.recallAt10());
                assertThat(shipped.mrr()).as(e.getKey() + " MRR").isGreaterThanOrEqualTo(base.mrr());
                assertThat(shipped.precisionAt5NoRelevant()).as(e.getKey() + " precision@5 without relevant")
                        .isGreaterThan(base.precisionAt5NoRelevant()).isGreaterThanOrEqualTo(0.9);
            }
            assertThat(scores.get("all").get(SearchQuery.Variant.COMBINED_SYNONYMS).recallAt10()).isGreaterThan(0.9);
        }
    }
}
