package org.jrw.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Issue 23: PDFBox/FontBox glyph warnings no longer flood the console and the log; their errors stay. */
class PdfLogQuietTest {
    @Test
    void glyphWarningsAreDroppedErrorsKept() {
        Logger.getLogger("").setLevel(Level.INFO); // as the file log sets it
        Logs.quietPdfLibraries();
        for (String name : new String[] {"org.apache.pdfbox.rendering.Type1Glyph2D",
                "org.apache.fontbox.ttf.GlyphSubstitutionTable", "org.apache.pdfbox.pdmodel.font.PDType0Font"}) {
            Logger l = Logger.getLogger(name);
            assertThat(l.isLoggable(Level.WARNING)).as(name).isFalse();
            assertThat(l.isLoggable(Level.SEVERE)).as(name).isTrue();
        }
        assertThat(Logger.getLogger("org.jrw.gui").isLoggable(Level.WARNING)).isTrue();
    }
}
