package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.codec.Json;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search/similar --report} say where the 类案检索报告 went (stderr; stdout keeps the contract's JSON). */
class ReportNoteTest {
    @TempDir
    Path tmp;

    @Test
    void theReportsFileIsNamed() throws Exception {
        Path ws = tmp.resolve("ws");
        CliRunner.ok(CliRunner.in(ws, "--json", "precedent", "import",
                Path.of("resources/precedents/cases.jsonl").toAbsolutePath().toString()));
        Path pkg = TestPackages.valid().writeZip(tmp.resolve("in.jrcase"));
        assertThat(CliRunner.in(ws, "case", "import", pkg.toString()).code()).isZero();

        Path report = tmp.resolve("类案检索报告.pdf");
        CliRunner.Run sim = CliRunner.in(ws, "similar", "西应急罚〔2024〕99号", "--limit", "3", "--report", report.toString());
        assertThat(sim.code()).as(sim.err()).isZero();
        assertThat(Files.size(report)).isPositive();
        assertThat(sim.err()).contains("已导出类案检索报告", report.getFileName().toString());

        Path searched = tmp.resolve("检索.pdf");
        CliRunner.Run s = CliRunner.in(ws, "--json", "search", "焊接", "--limit", "2", "--report", searched.toString());
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(s.err()).contains("已导出类案检索报告");
        assertThat(Json.parse(s.out()).has("hits")).isTrue();
    }
}
