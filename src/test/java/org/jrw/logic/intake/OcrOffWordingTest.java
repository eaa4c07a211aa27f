package org.jrw.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture left 待识别 because recognition was switched off is not said to lack tesseract. */
class OcrOffWordingTest {
    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty("jrw.ocr");
    }

    @Test
    void switchedOffIsNotMissing() throws Exception {
        Path png = Files.write(tmp.resolve("照片.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        System.setProperty("jrw.ocr", "off");
        TextReader.Read off = TextReader.read(png, "照片.png", Optional.empty(), true);
        assertThat(off.status()).isEqualTo(TextReader.Status.PENDING_OCR);
        assertThat(off.problem().key()).isEqualTo("fixes.intake.ocrOff");
        System.clearProperty("jrw.ocr");
        TextReader.Read missing = TextReader.read(png, "照片.png", Optional.empty(), true);
        assertThat(missing.problem().key()).isEqualTo("intake.ocr.pending");
    }
}
