package org.jrw.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jrw.logic.signing.SignedFiles.identity;
import static org.jrw.logic.signing.SignedFiles.slot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which field a member's signature fills in a rendered opinion, and what the signer refuses
 * before writing anything: a draft, a role the opinion does not ask for, a seat already signed,
 * a file it cannot read or a place it cannot write. Without a workspace.
 */
class OpinionSignerSeatsTest {
    static byte[] finalOpinion;
    static byte[] draftOpinion;
    static byte[] twoOfficers;
    static SigningIdentity wang;
    static SigningIdentity liu;
    static SigningIdentity zhou;

    @TempDir
    Path tmp;

    @BeforeAll
    static void material() throws Exception {
        OpinionPdfSlots s = new OpinionPdfSlots();
        finalOpinion = SignedFiles.opinion(false, s.officer, s.adviser);
        draftOpinion = SignedFiles.opinion(true, s.officer, s.adviser);
        twoOfficers = SignedFiles.opinion(false, slot(1, "OFFICER", "执法业务骨干", "王建国"),
                slot(2, "OFFICER", "执法业务骨干", "刘明"));
        wang = identity("CN=王建国,OU=执法业务骨干");
        liu = identity("CN=刘明,OU=执法业务骨干");
        zhou = identity("CN=周主任,OU=主持人");
    }

    /** The two slots most tests use. */
    static final class OpinionPdfSlots {
        final org.jrw.logic.pdf.OpinionPdf.Slot officer = slot(1, "OFFICER", "执法业务骨干", "王建国");
        final org.jrw.logic.pdf.OpinionPdf.Slot adviser = slot(2, "LEGAL_ADVISER", "法律顾问", "李律师");
    }

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static BadInputException refused(Runnable r) {
        BadInputException e = catchThrowableOfType(r::run, BadInputException.class);
        assertThat(e).as("bad input expected").isNotNull();
        return e;
    }

    @Test
    void aDraftIsSignedOnlyWhenDraftsAreAllowedAndStaysADraft() throws Exception {
        Path pdf = file("draft.pdf", draftOpinion);
        assertThat(refused(() -> OpinionSigner.sign(pdf, wang, Role.OFFICER, pdf)).key()).isEqualTo("signing.pdf.draft");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(draftOpinion);
        OpinionSigner.Result r = OpinionSigner.sign(pdf, wang, Role.OFFICER, pdf, true);
        assertThat(r.draft()).isTrue();
        assertThat(r.signatures()).isEqualTo(1);
        OpinionVerifier.Report v = OpinionVerifier.verify(pdf);
        assertThat(v.draft()).isTrue();
        assertThat(v.intact()).isTrue();
        assertThat(v.signatures()).extracting(OpinionVerifier.Entry::signer).containsExactly("王建国");
    }

    @Test
    void aRoleTheOpinionDoesNotAskForAndASeatAlreadySignedAreRefused() throws Exception {
        Path pdf = file("seats.pdf", finalOpinion);
        BadInputException expert = refused(() -> OpinionSigner.sign(pdf, wang, Role.EXPERT, pdf));
        assertThat(expert.key()).isEqualTo("signing.role.notRequired");
        assertThat(expert.args()).containsExactly(Role.EXPERT.labelZh(), pdf.toString());
        OpinionSigner.sign(pdf, wang, Role.OFFICER, pdf);
        byte[] once = Files.readAllBytes(pdf);
        BadInputException again = refused(() -> OpinionSigner.sign(pdf, liu, Role.OFFICER, pdf));
        assertThat(again.key()).isEqualTo("signing.role.alreadySigned");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(once);
    }

    @Test
    void theChairWithoutAFieldCountersignsOnceInAFieldAddedForIt() throws Exception {
        Path pdf = file("chair.pdf", finalOpinion);
        OpinionSigner.Result r = OpinionSigner.sign(pdf, zhou, Role.CHAIR, pdf);
        assertThat(r.field()).isEqualTo("jrw-sig-3-CHAIR");
        OpinionVerifier.Report v = OpinionVerifier.verify(pdf);
        assertThat(v.intact()).isTrue();
        assertThat(v.required()).isEqualTo(3);
        assertThat(v.signatures()).extracting(OpinionVerifier.Entry::role).containsExactly(Role.CHAIR);
        byte[] once = Files.readAllBytes(pdf);
        assertThat(refused(() -> OpinionSigner.sign(pdf, wang, Role.CHAIR, pdf)).key())
                .isEqualTo("signing.role.alreadySigned");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(once);
    }

    @Test
    void aMemberFillsTheFieldThatNamesThemOrTheirRegisteredSeat() throws Exception {
        Path pdf = file("two.pdf", twoOfficers);
        assertThat(OpinionSigner.sign(pdf, liu, Role.OFFICER, tmp.resolve("liu.pdf")).field())
                .isEqualTo("jrw-sig-2-OFFICER");
        assertThat(OpinionSigner.sign(pdf, wang, Role.OFFICER, tmp.resolve("wang.pdf")).field())
                .isEqualTo("jrw-sig-1-OFFICER");
        // the workspace's registration names the seat when the certificate's name differs
        assertThat(OpinionSigner.sign(pdf, zhou, Role.OFFICER, tmp.resolve("seat.pdf"), false, "刘明").field())
                .isEqualTo("jrw-sig-2-OFFICER");
        // no name matches: the first empty field of the role
        assertThat(OpinionSigner.sign(pdf, zhou, Role.OFFICER, tmp.resolve("first.pdf")).field())
                .isEqualTo("jrw-sig-1-OFFICER");
        // a bare opinion's fields carry no names at all
        Path bare = file("bare.pdf", SignedFiles.bare("jrw-sig-1-EXPERT", "jrw-sig-2-EXPERT"));
        assertThat(OpinionSigner.sign(bare, liu, Role.EXPERT, bare).field()).isEqualTo("jrw-sig-1-EXPERT");
    }

    @Test
    void anEmptyFieldThatIsNotTheOpinionsIsNeitherRequiredNorFilled() throws Exception {
        Path pdf = file("extra.pdf", SignedFiles.bare("seal-OFFICER", "jrw-sig-1-OFFICER"));
        assertThat(OpinionVerifier.verify(pdf).required()).isEqualTo(1);
        assertThat(OpinionSigner.sign(pdf, wang, Role.OFFICER, pdf).field()).isEqualTo("jrw-sig-1-OFFICER");
        OpinionVerifier.Report v = OpinionVerifier.verify(pdf);
        assertThat(v.complete()).isTrue();
        assertThat(v.signatures()).extracting(OpinionVerifier.Entry::field).containsExactly("jrw-sig-1-OFFICER");
    }

    @Test
    void anUnreadableInputOrUnwritableOutputIsBadInputAndNothingIsWritten() throws Exception {
        Path missing = tmp.resolve("无此文件.pdf");
        BadInputException in = refused(() -> OpinionSigner.sign(missing, wang, Role.OFFICER, tmp.resolve("o.pdf")));
        assertThat(in.key()).isEqualTo("signing.pdf.unreadable");
        assertThat(in.args()).containsExactly(missing.toString());

        Path pdf = file("in.pdf", finalOpinion);
        Path notADir = Files.writeString(tmp.resolve("plain.txt"), "x");
        Path out = notADir.resolve("out.pdf");
        BadInputException o = refused(() -> OpinionSigner.sign(pdf, wang, Role.OFFICER, out));
        assertThat(o.key()).isEqualTo("signing.out.unwritable");
        assertThat(Files.readString(notADir)).isEqualTo("x");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(finalOpinion);
    }

    @Test
    void theEmbeddedReviewRecordAndMarkerAreReadBackOrRefused() throws Exception {
        Path pdf = file("json.pdf", finalOpinion);
        assertThat(new String(OpinionVerifier.embeddedJson(pdf), StandardCharsets.UTF_8)).contains("测试");
        assertThat(OpinionVerifier.marker(pdf)).isEqualTo("case-1/v1");
        Path bare = file("bare.pdf", SignedFiles.bare("jrw-sig-1-OFFICER"));
        assertThat(OpinionVerifier.embeddedJson(bare)).isNull();
        assertThat(OpinionVerifier.marker(bare)).isNull();
        // a PDF with an associated file of another name holds no review record
        java.io.ByteArrayOutputStream other = new java.io.ByteArrayOutputStream();
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(other,
                new com.itextpdf.kernel.pdf.WriterProperties().setPdfVersion(com.itextpdf.kernel.pdf.PdfVersion.PDF_2_0)))) {
            doc.addNewPage();
            doc.addAssociatedFile("其他", com.itextpdf.kernel.pdf.filespec.PdfFileSpec.createEmbeddedFileSpec(doc,
                    "{}".getBytes(StandardCharsets.UTF_8), "其他", "other.json", null, null,
                    com.itextpdf.kernel.pdf.PdfName.Data));
        }
        assertThat(OpinionVerifier.embeddedJson(file("other.pdf", other.toByteArray()))).isNull();
        Path text = Files.writeString(tmp.resolve("不是.pdf"), "纯文本");
        assertThat(refused(() -> OpinionVerifier.embeddedJson(text)).key()).isEqualTo("signing.pdf.notOpinion");
        assertThat(OpinionVerifier.marker(text)).isNull();
        // unsigned and without a review record: intact, its one field still to sign
        OpinionVerifier.Report v = OpinionVerifier.verify(bare);
        assertThat(v.intact()).isTrue();
        assertThat(v.required()).isEqualTo(1);
    }
}
