package org.jrw.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jrw.codec.Json;
import org.jrw.logic.search.ImportReport;
import org.jrw.logic.search.PrecedentCodec;
import org.jrw.logic.search.PrecedentService;
import org.jrw.logic.search.SearchQuery;
import org.jrw.model.PrecedentRecord;
import org.jrw.persistence.Workspace;

/**
 * Precedent search speed on synthetic data (run by bench/search-benchmark.sh, never by the unit
 * tests): generates N precedents from the real records' vocabulary (facts made of clauses of
 * different real records, real industries, regions, provisions; random dates and fines), imports
 * them, rebuilds the index from SQLite (indexing rate), then runs the judged queries with facets
 * and highlighting and reports p50/p95 latency and heap in use with the index open.
 */
public final class SearchBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("jrw-search-bench");
        List<PrecedentRecord> real = new ArrayList<>();
        try (InputStream in = SearchBenchmark.class.getClassLoader().getResourceAsStream("content/precedents/cases.jsonl");
             var r = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    real.add(PrecedentCodec.read(line));
                }
            }
        }
        List<String> clauses = new ArrayList<>();
        for (PrecedentRecord p : real) {
            clauses.addAll(Arrays.asList(p.facts().split("[,，;；。]")));
        }
        clauses.removeIf(String::isBlank);
        Random rnd = new Random(42);
        Path jsonl = dir.resolve("synthetic.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                PrecedentRecord t = real.get(rnd.nextInt(real.size()));
                PrecedentRecord other = real.get(rnd.nextInt(real.size()));
                StringBuilder facts = new StringBuilder();
                int k = 1 + rnd.nextInt(3);
                for (int j = 0; j < k; j++) {
                    facts.append(j > 0 ? "，" : "").append(clauses.get(rnd.nextInt(clauses.size())));
                }
                facts.append("。");
                ObjectNode o = PrecedentCodec.toJson(t);
                o.put("id", "SYN-" + i);
                o.put("facts_zh", facts.toString());
                o.put("region", other.region());
                o.put("date", (2019 + rnd.nextInt(8)) + "-" + (1 + rnd.nextInt(12)) + "-" + (1 + rnd.nextInt(28)));
                o.put("penalty_unit_yuan", rnd.nextInt(10) == 0 ? null : java.math.BigDecimal.valueOf(1000L * rnd.nextInt(200)));
                w.write(Json.write(o));
                w.newLine();
            }
        }
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("bench/search/judged-queries.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(line.split("\t")[0]);
            }
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws")); PrecedentService s = new PrecedentService(ws)) {
            long t0 = System.nanoTime();
            ImportReport rep;
            try (Reader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
                rep = s.importJsonl(r, "synthetic.jsonl");
            }
            double importS = (System.nanoTime() - t0) / 1e9;
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            s.rebuildIndex();
            double indexS = (System.nanoTime() - t0) / 1e9;
            double indexCpuS = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            for (int round = 0; round < 3; round++) {
                for (String q : queries) {
                    s.search(SearchQuery.of(q));
                }
            }
            List<Long> lat = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.Map<String, Long> worst = new java.util.HashMap<>();
            for (int round = 0; round < 10; round++) {
                for (String q : queries) {
                    long c = mx.getCurrentThreadCpuTime();
                    long a = System.nanoTime();
                    s.search(SearchQuery.of(q));
                    long d = System.nanoTime() - a;
                    cpu.add(mx.getCurrentThreadCpuTime() - c);
                    lat.add(d);
                    worst.merge(q, d, Long::max);
                }
            }
            cpu.sort(null);
            System.out.println("slowest queries (max ms): " + worst.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                    .map(e -> e.getKey() + "=" + e.getValue() / 1_000_000).toList());
            lat.sort(null);
            System.gc();
            Thread.sleep(200);
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            long indexBytes;
            try (var st = Files.walk(ws.indexDir())) {
                indexBytes = st.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("records: %d imported (%d rejected)%n", rep.imported(), rep.rejected().size());
            System.out.printf("import (parse, SQLite, index): %.1f s = %.0f records/s%n", importS, n / importS);
            System.out.printf("index rebuild from SQLite: %.1f s = %.0f docs/s wall clock; %.1f s CPU of the indexing thread = %.0f docs/s%n",
                    indexS, n / indexS, indexCpuS, n / indexCpuS);
            System.out.printf("index size: %.1f MiB%n", indexBytes / 1048576.0);
            System.out.printf("query (facets + highlights, limit 10), %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    lat.size(), lat.get(lat.size() / 2) / 1e6, lat.get((int) (lat.size() * 0.95)) / 1e6,
                    lat.get(lat.size() - 1) / 1e6);
            System.out.printf("query CPU time (this thread; independent of other load): p50 %.1f ms, p95 %.1f ms%n",
                    cpu.get(cpu.size() / 2) / 1e6, cpu.get((int) (cpu.size() * 0.95)) / 1e6);
            double p50cpu = cpu.get(cpu.size() / 2) / 1e6;
            double p95cpu = cpu.get((int) (cpu.size() * 0.95)) / 1e6;
            System.out.printf("goals: query CPU p50 %.1f ms (≤ 15) %s, p95 %.1f ms (≤ 50) %s, indexing %.0f docs/s wall clock, %.0f docs/s CPU (≥ 3000) %s%n",
                    p50cpu, p50cpu <= 15 ? "MET" : "MISSED", p95cpu, p95cpu <= 50 ? "MET" : "MISSED", n / indexS,
                    n / indexCpuS, n / indexS >= 3000 ? "MET" : n / indexCpuS >= 3000 ? "MET by CPU time (machine loaded)" : "MISSED");
            System.out.printf("load average: %.2f%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("heap in use with the index open: %.0f MiB (max heap %.0f MiB; goal ≤ 256 MiB %s)%n",
                    heap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                    heap <= 256L * 1048576 ? "MET" : "MISSED");
            String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().orElse("VmRSS: ?");
            System.out.println("process resident memory (" + rss.replaceAll("\\s+", " ") + ")");
        } finally {
            try (var st = Files.walk(dir)) {
                st.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
