package org.jrw.logic.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word documents in a dossier are read as text (the vault stores them under their hash, no extension). */
class DocxTextTest {
    @TempDir
    Path tmp;

    @Test
    void aWordDocumentIsShownAsItsText() throws IOException {
        Path f = tmp.resolve("0123abcd"); // as in the vault: no extension
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText("情况说明：本公司已于2024年3月26日完成整改。");
            doc.write(out);
        }
        assertThat(EvidenceItem.MediaType.ofFileName("files/说明.docx")).isEqualTo(EvidenceItem.MediaType.TEXT);
        assertThat(EvidenceFiles.readText(f, "files/说明.docx", 1 << 20)).contains("已于2024年3月26日完成整改");
        Files.writeString(f, "not a zip");
        assertThatThrownBy(() -> EvidenceFiles.readText(f, "files/说明.docx", 1 << 20))
                .isInstanceOf(IOException.class).hasMessageContaining("Word");
    }
}
