package org.jrw.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.Test;

/** The fuzzers' verdict can fail: our own unchecked failure behind a "damaged file" refusal is a bug. */
class FuzzVerdictTest {
    @Test
    void aRefusalHidingOurOwnNullPointerIsABug() {
        RuntimeException ours;
        try {
            String s = null;
            s.length(); // thrown in org.jrw code
            throw new AssertionError();
        } catch (NullPointerException e) {
            ours = e;
        }
        assertThat(FuzzVerdict.bugBehind(new BadInputException(ours, "exchange.package.corrupt", "x", "y")))
                .contains("NullPointerException").contains("exchange.package.corrupt");
    }

    @Test
    void aLibraryOrIoRefusalIsClean() {
        RuntimeException library = new IllegalStateException("bad xref");
        library.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.apache.pdfbox.pdfparser.COSParser", "parse", "COSParser.java", 1),
                new StackTraceElement("org.jrw.logic.exchange.PdfCommentReader", "read", "PdfCommentReader.java", 2)});
        assertThat(FuzzVerdict.bugBehind(new BadInputException(library, "comments.pdf.damaged"))).isNull();
        assertThat(FuzzVerdict.bugBehind(new BadInputException(new IOException("truncated"), "exchange.package.corrupt")))
                .isNull();
        assertThat(FuzzVerdict.bugBehind(new BadInputException("exchange.package.notZip", "x"))).isNull();
    }
}
