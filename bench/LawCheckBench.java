import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.checks.LegalityChecker;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.Law;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.LawVersion;
import org.jrw.model.Dossier;

/**
 * Law library load time and legality check latency. Run from the project root:
 * {@code java -cp target/jrw.jar bench/LawCheckBench.java [ROUNDS]} (see bench/law-check-benchmark.sh).
 */
public class LawCheckBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        long t0 = System.nanoTime();
        LawLibrary lib = LawLibrary.builtIn();
        long t1 = System.nanoTime();
        int articles = 0;
        for (Law l : lib.laws()) {
            for (LawVersion v : l.versions()) {
                articles += v.text().articles().size();
            }
        }
        long t2 = System.nanoTime();
        System.out.printf("library catalog: %.1f ms (%d laws)%n", (t1 - t0) / 1e6, lib.laws().size());
        System.out.printf("parse every text: %.1f ms (%d articles)%n", (t2 - t1) / 1e6, articles);

        Dossier d = demo();
        LegalityChecker checker = new LegalityChecker();
        long c0 = System.nanoTime();
        int n = checker.check(d, null).size();
        long c1 = System.nanoTime();
        System.out.printf("first check (cold): %.1f ms, %d findings%n", (c1 - c0) / 1e6, n);
        for (int i = 0; i < 200; i++) {
            checker.check(d, null);
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            checker.check(d, null);
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf("check warm (%d rounds): median %.3f ms, p95 %.3f ms, max %.3f ms (goal <= 50 ms)%n", rounds,
                times[rounds / 2] / 1e6, times[(int) (rounds * 0.95)] / 1e6, times[rounds - 1] / 1e6);
        CitationResolver r = new CitationResolver(lib);
        long s = System.nanoTime();
        for (int i = 0; i < 10000; i++) {
            r.resolve("《中华人民共和国安全生产法》第九十七条第一款第（七）项", null);
        }
        System.out.printf("citation resolve: %.2f us each%n", (System.nanoTime() - s) / 1e3 / 10000);
    }

    static Dossier demo() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("resources/demo/demo.jrcase"));
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("manifest.json")) {
                    return DossierCodec.read(Json.parse(zip.readAllBytes()));
                }
            }
        }
        throw new IllegalStateException("no manifest in the demo dossier");
    }
}
