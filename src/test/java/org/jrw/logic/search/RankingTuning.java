package org.jrw.logic.search;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jrw.persistence.Workspace;

/**
 * The tuning harness of ADR 0020 (run by hand, not a unit test): a grid over the partial-match
 * share and the concept field weights, scored on the TUNING part of the judged set only
 * (recall@10 + MRR, ties broken by precision@5 on queries without relevant precedents). The
 * held-out part is printed for the chosen setting alone, after the choice.
 * {@code java -cp target/test-classes:target/classes:CP org.jrw.logic.search.RankingTuning}
 */
public final class RankingTuning {
    public static void main(String[] args) throws Exception {
        List<SearchEvaluation.Judged> set = SearchEvaluation.load(Path.of("bench/search/judged-queries.tsv"));
        List<SearchEvaluation.Judged> tuning = SearchEvaluation.split(set, "T");
        Path dir = Files.createTempDirectory("jrw-tuning");
        try (Workspace ws = Workspace.open(dir.resolve("ws")); PrecedentService s = new PrecedentService(ws)) {
            s.importJsonl(new InputStreamReader(RankingTuning.class.getResourceAsStream("/content/precedents/cases.jsonl"),
                    StandardCharsets.UTF_8), "cases.jsonl");
            // 1. the partial-match share with the earlier weights: the strictest share within 0.01 of the best
            //    recall@10 + MRR (a stricter share shows less noise where nothing is relevant)
            QueryFactory.weights = QueryFactory.Weights.SHIPPED;
            double bestShare = 0;
            double bestObj = -1;
            double[] shares = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
            double[] objs = new double[shares.length];
            for (int i = 0; i < shares.length; i++) {
                PrecedentIndex.partialShare = shares[i];
                var r = SearchEvaluation.score(s, tuning, SearchQuery.Variant.COMBINED_SYNONYMS);
                objs[i] = r.recallAt10() + r.mrr();
                bestObj = Math.max(bestObj, objs[i]);
                System.out.printf("share %.2f: recall@10 %.3f MRR %.3f p@5 %.3f shown@5 %.2f%n", shares[i],
                        r.recallAt10(), r.mrr(), r.precisionAt5NoRelevant(), r.shownNoRelevant());
            }
            for (int i = 0; i < shares.length; i++) {
                if (objs[i] >= bestObj - 0.01) {
                    bestShare = shares[i];
                }
            }
            PrecedentIndex.partialShare = bestShare;
            // 2. the field weights at that share
            double best = -1;
            String bestDesc = null;
            QueryFactory.Weights bestW = null;
            for (float sc : new float[] {0.5f, 0.8f, 1.0f}) {
                for (float title : new float[] {0.3f, 0.5f, 0.8f}) {
                    for (float meta : new float[] {0.2f, 0.4f}) {
                        for (float alt : new float[] {0.4f, 0.6f, 0.8f}) {
                            for (float prov : new float[] {0.3f, 0.6f, 1.0f}) {
                                QueryFactory.Weights w = new QueryFactory.Weights(sc, title, meta, alt, prov, prov);
                                QueryFactory.weights = w;
                                var r = SearchEvaluation.score(s, tuning, SearchQuery.Variant.COMBINED_SYNONYMS);
                                double obj = r.recallAt10() + r.mrr();
                                if (obj > best + 1e-9 || (Math.abs(obj - best) < 1e-9 && w.equals(QueryFactory.Weights.SHIPPED))) {
                                    best = obj;
                                    bestW = w;
                                    bestDesc = String.format("share %.2f %s: recall@10 %.3f MRR %.3f p@5 %.3f", bestShare, w,
                                            r.recallAt10(), r.mrr(), r.precisionAt5NoRelevant());
                                }
                            }
                        }
                    }
                }
            }
            QueryFactory.weights = bestW;
            PrecedentIndex.partialShare = bestShare;
            var held = SearchEvaluation.score(s, SearchEvaluation.split(set, "H"), SearchQuery.Variant.COMBINED_SYNONYMS);
            System.out.println("chosen: " + bestDesc);
            System.out.printf("held-out with the chosen setting: recall@10 %.3f MRR %.3f p@5 %.3f%n", held.recallAt10(),
                    held.mrr(), held.precisionAt5NoRelevant());
        } finally {
            try (var st = Files.walk(dir)) {
                st.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
