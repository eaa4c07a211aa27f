package org.jrw.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What OpinionVerifier makes of files that are not signed opinions, and how a report's signatures
 * are bound to the registered panel ({@link OpinionVerifier.Report#withRegistration}): fast, without
 * a workspace (the signed-file attacks are in SeatAttacksTest and the CLI tests).
 */
class OpinionVerifierInputTest {
    @TempDir
    Path tmp;

    private static String keyOf(Runnable r) {
        BadInputException e = catchThrowableOfType(r::run, BadInputException.class);
        assertThat(e).as("bad input expected").isNotNull();
        return e.key();
    }

    @Test
    void bytesThatAreNotAPdfAreBadInputNamingTheFile() {
        BadInputException e = catchThrowableOfType(
                () -> OpinionVerifier.verify("这不是PDF".getBytes(StandardCharsets.UTF_8), "意见书.pdf"),
                BadInputException.class);
        assertThat(e.key()).isEqualTo("signing.pdf.notOpinion");
        assertThat(e.args()).containsExactly("意见书.pdf");
        // the PDF header must open the file, not hide 1 KB further in
        byte[] late = ("x".repeat(2000) + "%PDF-1.7\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(keyOf(() -> OpinionVerifier.verify(late, "late.pdf"))).isEqualTo("signing.pdf.notOpinion");
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertThat(keyOf(() -> OpinionVerifier.verify(tmp.resolve("无.pdf")))).isEqualTo("signing.pdf.unreadable");
    }

    @Test
    void aPdfWithoutOpinionSignatureFieldsIsNotAnOpinion() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfWriter(out))) {
            doc.addNewPage();
        }
        assertThat(keyOf(() -> OpinionVerifier.verify(out.toByteArray(), "plain.pdf"))).isEqualTo("signing.pdf.notOpinion");
    }

    @Test
    void aBrokenPdfThatWasOnceSignedIsABrokenReportNotBadInput() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 10 20 30] >>\n garbage"
                .getBytes(StandardCharsets.ISO_8859_1);
        OpinionVerifier.Report r = OpinionVerifier.verify(broken, "broken.pdf");
        assertThat(r.intact()).isFalse();
        assertThat(r.complete()).isFalse();
        assertThat(r.problems()).containsExactly("verify.problem.unreadable");
        // without a signature dictionary the same garbage is just not an opinion
        byte[] junk = "%PDF-1.7\n garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(keyOf(() -> OpinionVerifier.verify(junk, "junk.pdf"))).isEqualTo("signing.pdf.notOpinion");
    }

    private static OpinionVerifier.Entry entry(String field, String signer, Role role, boolean valid) {
        return new OpinionVerifier.Entry(field, signer, role, "2024-05-01T10:00:00+08:00", valid, true,
                "sha-" + signer, null);
    }

    private static OpinionVerifier.Report twoOfTwo() {
        List<OpinionVerifier.Entry> es = List.of(
                entry(OpinionPdf.FIELD_PREFIX + "1-OFFICER", "王建国", Role.OFFICER, true),
                entry(OpinionPdf.FIELD_PREFIX + "2-LEGAL_ADVISER", "李律师", Role.LEGAL_ADVISER, true));
        return new OpinionVerifier.Report(true, false, 2, 2, es, List.of());
    }

    @Test
    void aSignerOnThePanelKeepsTheOpinionComplete() {
        OpinionVerifier.Report r = twoOfTwo().withRegistration(e -> true, e -> "never");
        assertThat(r.complete()).isTrue();
        assertThat(r.anyUnregistered()).isFalse();
        assertThat(r.signatures()).allSatisfy(e -> assertThat(e.registered()).isTrue());
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aSignerNotOnThePanelIsInvalidAndTheOpinionIncompleteButNotAltered() {
        OpinionVerifier.Report r = twoOfTwo().withRegistration(e -> !e.signer().equals("李律师"),
                e -> "verify.problem.notRegistered:" + e.field() + ":" + e.signer());
        assertThat(r.signed()).isEqualTo(1);
        assertThat(r.complete()).isFalse();
        assertThat(r.intact()).isTrue();
        assertThat(r.anyUnregistered()).isTrue();
        assertThat(r.problems()).containsExactly(
                "verify.problem.notRegistered:" + OpinionPdf.FIELD_PREFIX + "2-LEGAL_ADVISER:李律师");
        OpinionVerifier.Entry li = r.signatures().get(1);
        assertThat(li.valid()).isFalse();
        assertThat(li.registered()).isFalse();
        assertThat(li.certificateSha256()).isEqualTo("sha-李律师");
        assertThat(r.signatures().get(0).valid()).isTrue();
    }

    @Test
    void anAlreadyInvalidOrForeignSignatureIsNotCountedTwice() {
        List<OpinionVerifier.Entry> es = List.of(
                entry(OpinionPdf.FIELD_PREFIX + "1-OFFICER", "王建国", Role.OFFICER, true),
                entry(OpinionPdf.FIELD_PREFIX + "2-LEGAL_ADVISER", "李律师", Role.LEGAL_ADVISER, false),
                entry("Signature9", "外人", Role.EXPERT, true));
        OpinionVerifier.Report r = new OpinionVerifier.Report(false, false, 2, 1, es, List.of("x"))
                .withRegistration(e -> e.signer().equals("王建国"), e -> "unreg:" + e.signer());
        assertThat(r.signed()).isEqualTo(1);
        assertThat(r.problems()).containsExactly("x", "unreg:李律师", "unreg:外人");
        assertThat(r.signatures().get(2).valid()).isFalse();
    }
}
