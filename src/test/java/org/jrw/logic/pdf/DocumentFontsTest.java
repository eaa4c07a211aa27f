package org.jrw.logic.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faces are found by file name in the configured folder first; without any, the bundled fonts serve. */
class DocumentFontsTest {
    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        System.clearProperty(DocumentFonts.DIR_PROPERTY);
        System.clearProperty(DocumentFonts.SYSTEM_PROPERTY);
        DocumentFonts.reset();
    }

    private static List<String> fonts(byte[] pdf) throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage p : d.getPages()) {
                for (var n : p.getResources().getFontNames()) {
                    var f = p.getResources().getFont(n);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    names.add(f.getName());
                }
            }
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", "")).contains("联审意见书", "经查，当事人");
        }
        return names;
    }

    private static OfficialDocument sample() {
        return OfficialDocument.builder("联审意见书").organ("西安市应急管理局").heading("一、违法事实")
                .heading2("（一）事实").paragraph("经查，当事人于2024年3月12日安排无证人员作业，罚款20000元。")
                .signature("西安市应急管理局", java.time.LocalDate.of(2026, 12, 7), null).build();
    }

    @Test
    void withoutInstalledFacesTheBundledFontsAreEmbedded() throws Exception {
        System.setProperty(DocumentFonts.SYSTEM_PROPERTY, "false");
        System.setProperty(DocumentFonts.DIR_PROPERTY, tmp.toString());
        DocumentFonts.reset();
        assertThat(DocumentFonts.resolved().values()).noneMatch(DocumentFonts.Resolved::system);
        assertThat(fonts(new OfficialDocumentWriter().write(sample()))).allMatch(n -> n.contains("DroidSans") || n.contains("DejaVu"));
    }

    @Test
    void aFaceIsTakenFromTheConfiguredFolderByItsFileName() throws Exception {
        Path serif = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(serif), "needs a TrueType font to stand in for 仿宋");
        Files.copy(serif, tmp.resolve("simfang.ttf"));
        System.setProperty(DocumentFonts.SYSTEM_PROPERTY, "false");
        System.setProperty(DocumentFonts.DIR_PROPERTY, tmp.toString());
        DocumentFonts.reset();
        var body = DocumentFonts.resolved().get(DocumentFonts.Face.BODY);
        assertThat(body.system()).isTrue();
        assertThat(body.file().getFileName().toString()).isEqualTo("simfang.ttf");
        // no 楷体 installed: the body face sets second-level headings; no 小标宋/黑体: the body face, bold simulated
        assertThat(DocumentFonts.resolved().get(DocumentFonts.Face.KAI).name()).isEqualTo(body.name());
        assertThat(DocumentFonts.simulateBold(DocumentFonts.Face.TITLE)).isTrue();
        assertThat(fonts(new OfficialDocumentWriter().write(sample()))).anyMatch(n -> n.contains("DejaVuSerif"));
    }
}
