package org.jrw.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jrw.logic.exchange.ExchangePackage;
import org.jrw.logic.exchange.ExchangeService;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of the package readers: random byte flips, truncations, insertions and
 * splices of real review and response packages. Every input must end in a clean refusal
 * ({@link BadInputException}: exit 2, or its subclass for exit 3) or a verified package; any
 * other exception is a bug. {@code -Djrw.fuzz.runs=N} (default 300; {@code bench/exchange-fuzz.sh}
 * runs more) and {@code -Djrw.fuzz.seed=S}.
 */
class ExchangeFuzz {
    @TempDir
    Path tmp;

    @Test
    void packageReadersRefuseEveryMutationCleanly() throws Exception {
        int runs = Integer.getInteger("jrw.fuzz.runs", 300);
        long seed = Long.getLong("jrw.fuzz.seed", System.nanoTime());
        Path ws = tmp.resolve("ws");
        String caseNo = "西应急罚〔2024〕5号";
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import",
                EvidenceFixtures.pkg(caseNo).writeZip(tmp.resolve("c.jrcase")).toString()).code()).isZero();
        Path review = tmp.resolve("r.jrreview");
        assertThat(CliRunner.run("--workspace", ws.toString(), "package", "export-review", caseNo, "--out",
                review.toString()).code()).isZero();
        byte[] original = Files.readAllBytes(review);
        Random rnd = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        try (Workspace w = Workspace.open(ws)) {
            Path staging = w.tmpDir();
            for (int i = 0; i < runs; i++) {
                byte[] b = mutate(original, rnd);
                Path f = Files.write(tmp.resolve("fuzz.jrreview"), b);
                String outcome;
                try {
                    for (String format : List.of(ExchangePackage.REVIEW_FORMAT, ExchangePackage.RESPONSE_FORMAT)) {
                        try (ExchangePackage p = ExchangePackage.open(f, null, format,
                                format.equals(ExchangePackage.REVIEW_FORMAT) ? "sender" : "adviser", staging)) {
                            p.manifest();
                        }
                    }
                    outcome = "accepted";
                } catch (BadInputException e) {
                    outcome = e.key();
                }
                try {
                    new ExchangeService(w).importResponse(f, java.util.Set.of());
                } catch (BadInputException e) {
                    // expected
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
        System.out.println("exchange fuzz: seed " + seed + ", runs " + runs + ", outcomes " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(runs);
    }

    private static byte[] mutate(byte[] in, Random rnd) {
        byte[] b = in.clone();
        switch (rnd.nextInt(4)) {
            case 0 -> {
                int n = 1 + rnd.nextInt(8);
                for (int k = 0; k < n; k++) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
            case 2 -> {
                int at = rnd.nextInt(b.length);
                byte[] junk = new byte[1 + rnd.nextInt(64)];
                rnd.nextBytes(junk);
                byte[] out = new byte[b.length + junk.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(junk, 0, out, at, junk.length);
                System.arraycopy(b, at, out, at + junk.length, b.length - at);
                b = out;
            }
            default -> {
                int from = rnd.nextInt(b.length);
                int to = rnd.nextInt(b.length);
                int len = Math.min(1 + rnd.nextInt(256), Math.min(b.length - from, b.length - to));
                System.arraycopy(in, from, b, to, len);
            }
        }
        return b;
    }
}
