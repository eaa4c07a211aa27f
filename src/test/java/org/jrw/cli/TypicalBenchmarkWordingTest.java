package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typical case's 裁量依据 names the bureau's benchmark item as the benchmark does, and each circumstance once. */
class TypicalBenchmarkWordingTest {
    @TempDir
    Path tmp;

    @Test
    void theBenchmarkItemIsNotWrappedTwice() throws Exception {
        Path ws = org.jrw.testing.BenchmarkFixture.demoWithXianBenchmark(tmp);
        // 初次违法 both as the flag and in the listed grounds (as intake reads it from a decision)
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "set", "西应急罚〔2024〕37号",
                "violations[v1].circumstances.mitigating=初次违法；按期完成整改"));
        CliRunner.Run r = CliRunner.in(ws, "typical", "draft", "西应急罚〔2024〕37号");
        assertThat(r.code()).as(r.err()).isZero();
        String basis = r.out().lines().filter(l -> l.startsWith("【裁量依据】")).findFirst().orElseThrow();
        assertThat(basis).contains("依据西安市应急管理行政处罚裁量基准（第十二项 一般情形，1万元至3万元档）")
                .doesNotContain("第第", "情形项");
        assertThat(basis.indexOf("初次违法")).isEqualTo(basis.lastIndexOf("初次违法"));
    }
}
