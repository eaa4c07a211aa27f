package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The opinion's 裁量理由 names the bureau's imported benchmark where the checks apply it; it said
 * 本案管辖地无可适用的行政处罚裁量基准 beside a finding that cited that very benchmark.
 */
class OpinionBenchmarkTest {
    static final String CASE = "西应急罚〔2024〕37号";

    @TempDir
    Path tmp;

    @Test
    void theBenchmarkTheFindingCitesIsTheOneTheOpinionCites() throws Exception {
        Path ws = org.jrw.testing.BenchmarkFixture.demoWithXianBenchmark(tmp);

        Path pdf = tmp.resolve("opinion.pdf");
        CliRunner.ok(CliRunner.in(ws, "--json", "opinion", "render", CASE, "--out", pdf.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("裁量基准：适用西安市应急管理行政处罚裁量基准（第十二项一般情形），该档次罚款1万元至3万元")
                    .doesNotContain("本案管辖地无可适用的行政处罚裁量基准");
        }
    }
}
