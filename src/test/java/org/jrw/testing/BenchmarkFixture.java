package org.jrw.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** A workspace with the demo case, placed in 西安市雁塔区, and one imported 西安 benchmark item for its provision. */
public final class BenchmarkFixture {
    private BenchmarkFixture() {
    }

    /**
     * The demo case in a new workspace under {@code tmp}, the place set, and the benchmark item
     * 第十二项 一般情形 (《中华人民共和国安全生产法》第九十七条第七项, a unit, 1–3 people, 1万–3万元) imported as
     * 西安市应急管理行政处罚裁量基准 in force from 2024-01-01.
     */
    public static Path demoWithXianBenchmark(Path tmp) throws java.io.IOException {
        Path ws = tmp.resolve("ws");
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "import",
                Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString()));
        CliRunner.ok(CliRunner.in(ws, "--json", "workspace", "jurisdiction", "陕西省西安市雁塔区"));
        Path csv = tmp.resolve("基准.csv");
        Files.writeString(csv, "id,provision,party,countMin,countMax,uncorrected,firstOffence,condition,minYuan,maxYuan,label\n"
                + "12-1,《中华人民共和国安全生产法》第九十七条第七项,单位,1,3,否,,,10000,30000,第十二项 一般情形\n");
        CliRunner.ok(CliRunner.in(ws, "--json", "rules", "import", csv.toString(), "--kind", "benchmark",
                "--jurisdiction", "陕西省西安市", "--effective", "2024-01-01", "--title", "西安市应急管理行政处罚裁量基准"));
        return ws;
    }
}
