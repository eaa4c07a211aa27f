package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.annot.PdfTextAnnotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.BadInputException;
import org.jrw.testing.CliRunner;
import org.jrw.testing.PanelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the opinion verifier decides when a signed opinion was changed between or after the
 * signatures (issue 24: the branches where trust is decided), checked on real signed opinions
 * through the public {@link OpinionVerifier#verify} and the {@code verify} command.
 */
class OpinionTamperingTest {
    static final String CASE = "西应急罚〔2024〕98号";

    @TempDir
    Path tmp;
    Path ws;
    Path pw;

    @BeforeEach
    void setUp() throws Exception {
        ws = tmp.resolve("ws");
        pw = PanelFixture.panelOfThree(tmp, ws, CASE);
        PanelFixture.allAgree(ws, CASE);
        assertThat(CliRunner.in(ws, "review", "conclude", CASE, "--conclusion", "同意", "--penalty", "罚款人民币2万元",
                "--statutory-range", "十万元以下").code()).isZero();
    }

    private Path rendered() {
        Path pdf = tmp.resolve("opinion.pdf");
        CliRunner.ok(CliRunner.in(ws, "opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        return pdf;
    }

    private void sign(Path pdf, String p12, String role) {
        JsonNode r = CliRunner.ok(CliRunner.run("sign", pdf.toString(), "--keystore", tmp.resolve(p12).toString(),
                "--password-file", pw.toString(), "--role", role, "--out", pdf.toString(), "--json"));
        assertThat(r.get("signatures").asInt()).isPositive();
    }

    /** An incremental update without a signature that adds a sticky note, as a PDF reader saves one. */
    private static Path withStickyNote(Path pdf, Path out) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toString()), new PdfWriter(out.toString()),
                new StampingProperties().useAppendMode())) {
            PdfTextAnnotation note = new PdfTextAnnotation(new Rectangle(100, 100, 20, 20));
            note.setContents(new PdfString("改为罚款人民币1万元"));
            doc.getPage(1).addAnnotation(note);
        }
        return out;
    }

    @Test
    void aNoteSavedIntoASignedOpinionBreaksItAndTheNextSignerIsRefused() throws Exception {
        Path pdf = rendered();
        sign(pdf, "wang.p12", "OFFICER");
        Path edited = withStickyNote(pdf, tmp.resolve("edited.pdf"));
        OpinionVerifier.Report r = OpinionVerifier.verify(edited);
        assertThat(r.intact()).isFalse();
        assertThat(r.complete()).isFalse();
        assertThat(r.problems()).isNotEmpty();
        assertThat(r.signatures()).hasSize(1);
        assertThat(r.signatures().get(0).coversWholeDocument()).isFalse();
        // nobody signs on top of a changed opinion: exit 2, the file as it was
        byte[] before = Files.readAllBytes(edited);
        CliRunner.Run s = CliRunner.run("sign", edited.toString(), "--keystore", tmp.resolve("li.p12").toString(),
                "--password-file", pw.toString(), "--role", "LEGAL_ADVISER", "--out", edited.toString(), "--json");
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).contains("edited.pdf");
        assertThat(Files.readAllBytes(edited)).isEqualTo(before);
        CliRunner.Run v = CliRunner.run("verify", edited.toString(), "--json");
        assertThat(v.code()).as(v.out()).isEqualTo(3);
    }

    @Test
    void aNoteAddedAfterTheLastSignatureBreaksTheWholeDocumentCoverage() throws Exception {
        Path pdf = rendered();
        sign(pdf, "wang.p12", "OFFICER");
        sign(pdf, "li.p12", "LEGAL_ADVISER");
        sign(pdf, "zhao.p12", "EXPERT");
        assertThat(OpinionVerifier.verify(pdf).complete()).isTrue();
        Path edited = withStickyNote(pdf, tmp.resolve("noted.pdf"));
        OpinionVerifier.Report r = OpinionVerifier.verify(edited);
        assertThat(r.intact()).isFalse();
        assertThat(r.complete()).isFalse();
        assertThat(r.problems()).isNotEmpty();
        assertThat(r.signatures()).noneMatch(OpinionVerifier.Entry::coversWholeDocument);
    }

    @Test
    void aDamagedSignedFileIsNotIntactAndADamagedUnsignedOneIsNotAnOpinion() throws Exception {
        byte[] signedOnce = ("%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 10 20 30] >> garbage").getBytes(
                StandardCharsets.ISO_8859_1);
        OpinionVerifier.Report r = OpinionVerifier.verify(signedOnce, "broken.pdf");
        assertThat(r.intact()).isFalse();
        assertThat(r.problems()).containsExactly("verify.problem.unreadable");
        assertThatThrownBy(() -> OpinionVerifier.verify("%PDF-1.7\ngarbage".getBytes(StandardCharsets.ISO_8859_1),
                "plain.pdf")).isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).key()).isEqualTo("signing.pdf.notOpinion");
        assertThatThrownBy(() -> OpinionVerifier.verify(tmp.resolve("missing.pdf")))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void theReportCountsOnlyRegisteredSignaturesOfTheOpinionsFields() throws Exception {
        Path pdf = rendered();
        sign(pdf, "wang.p12", "OFFICER");
        sign(pdf, "li.p12", "LEGAL_ADVISER");
        OpinionVerifier.Report r = OpinionVerifier.verify(pdf);
        assertThat(r.intact()).isTrue();
        assertThat(r.signed()).isEqualTo(2);
        assertThat(r.complete()).isFalse(); // 2 of 3
        OpinionVerifier.Report checked = r.withRegistration(e -> !"李律师".equals(e.signer()), e -> "not:" + e.signer());
        assertThat(checked.signed()).isEqualTo(1);
        assertThat(checked.anyUnregistered()).isTrue();
        assertThat(checked.problems()).contains("not:李律师");
        assertThat(checked.signatures().get(1).valid()).isFalse();
        assertThat(checked.intact()).isTrue(); // an unregistered signer does not alter the document
    }
}
