package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A party whose name the case does not state (a package without it, or a name cleared with case set) is
 * printed as not stated: the opinion and the typical case are made, never an internal error.
 */
class NamelessPartyCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void opinionAndTypicalDraftOfACaseWithANamelessParty() throws Exception {
        Path ws = tmp.resolve("ws");
        TestPackages.Pkg p = TestPackages.valid();
        ((ObjectNode) p.manifest.get("parties").get(0)).remove("name");
        Path pkg = p.writeZip(tmp.resolve("nameless.jrcase"));
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();

        Path pdf = tmp.resolve("opinion.pdf");
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "opinion", "render", "西应急罚〔2024〕99号",
                "--out", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("当事人：案卷未载明名称").doesNotContain("null");
        }

        CliRunner.Run t = CliRunner.run("--workspace", ws.toString(), "typical", "draft", "西应急罚〔2024〕99号");
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).doesNotContain("null");
    }
}
