package org.jrw.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped analysis (SmartCN + bigrams + domain synonyms) must do at least as well as the
 * character-bigram BM25 baseline on the judged query set, on both recall@10 and MRR. Prints the
 * table of docs/decisions/0020-chinese-analysis.md.
 */
class SearchQualityTest {
    @TempDir
    Path tmp;

    @Test
    void shippedVariantBeatsTheBigramBaseline() throws Exception {
        List<SearchEvaluation.Judged> set = SearchEvaluation.load(Path.of("bench/search/judged-queries.tsv"));
        assertThat(set).hasSizeGreaterThanOrEqualTo(30);
        try (Workspace ws = Workspace.open(tmp.resolve("ws")); PrecedentService s = new PrecedentService(ws)) {
            s.importJsonl(PrecedentServiceTest.corpus(), "cases.jsonl");
            Map<SearchQuery.Variant, SearchEvaluation.Score> scores = SearchEvaluation.all(s, set);
            StringBuilder table = new StringBuilder("| variant | recall@10 | MRR |\n|---|---|---|\n");
            scores.forEach((v, sc) -> table.append(String.format("| %s | %.3f | %.3f |%n", v, sc.recallAt10(), sc.mrr())));
            System.out.println(table);
            System.out.println("shipped misses: " + scores.get(SearchQuery.Variant.COMBINED_SYNONYMS).misses());
            var base = scores.get(SearchQuery.Variant.BIGRAM);
            var shipped = scores.get(SearchQuery.Variant.COMBINED_SYNONYMS);
            assertThat(shipped.recallAt10()).isGreaterThanOrEqualTo(base.recallAt10());
            assertThat(shipped.mrr()).isGreaterThanOrEqualTo(base.mrr());
            assertThat(shipped.recallAt10()).isGreaterThan(0.85);
        }
    }
}
