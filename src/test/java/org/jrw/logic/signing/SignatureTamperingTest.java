package org.jrw.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jrw.logic.signing.SignedFiles.bare;
import static org.jrw.logic.signing.SignedFiles.identity;
import static org.jrw.logic.signing.SignedFiles.rawSign;
import static org.jrw.logic.signing.SignedFiles.update;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the verifier makes of signed files changed or signed by other tools, without a workspace:
 * a drawing replaced after signing, an unsigned incremental update between two signatures, a
 * signature in a field that is not the opinion's, a role entry that contradicts its field. Each
 * is flagged with its own problem code and the signature it concerns.
 */
class SignatureTamperingTest {
    static final String OFFICER = "jrw-sig-1-OFFICER";
    static final String ADVISER = "jrw-sig-2-LEGAL_ADVISER";
    static SigningIdentity wang;
    static SigningIdentity li;

    @TempDir
    Path tmp;

    @BeforeAll
    static void identities() throws Exception {
        wang = identity("CN=王建国,OU=执法业务骨干");
        li = identity("CN=李律师,OU=法律顾问");
    }

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static String keyOf(Runnable r) {
        BadInputException e = catchThrowableOfType(r::run, BadInputException.class);
        assertThat(e).as("bad input expected").isNotNull();
        return e.key();
    }

    @Test
    void aDrawingReplacedAfterSigningIsAChangeToWhatWasSigned() throws Exception {
        Path pdf = file("mark.pdf", bare(OFFICER, ADVISER));
        OpinionSigner.sign(pdf, wang, Role.OFFICER, pdf);
        OpinionVerifier.Report signed = OpinionVerifier.verify(pdf);
        assertThat(signed.intact()).isTrue();
        assertThat(signed.required()).isEqualTo(2);
        assertThat(signed.signed()).isEqualTo(1);
        assertThat(signed.complete()).isFalse();

        // the page's own content stream is untouched: only the form XObject it draws is redrawn
        byte[] changed = update(Files.readAllBytes(pdf), SignedFiles::redrawMark);
        OpinionVerifier.Report r = OpinionVerifier.verify(changed, "mark.pdf");
        assertThat(r.intact()).isFalse();
        assertThat(r.problems()).containsExactly("verify.problem.changedAfter:" + OFFICER,
                "verify.problem.changedAfterLast");
        assertThat(r.signatures().get(0).valid()).isFalse();
        assertThat(r.signed()).isZero();
    }

    @Test
    void anUpdateAfterSigningStopsTheNextSignerAndAForgedNextSignatureShowsTheUnsignedRevision() throws Exception {
        Path pdf = file("rev.pdf", bare(OFFICER, ADVISER));
        OpinionSigner.sign(pdf, wang, Role.OFFICER, pdf);
        byte[] updated = update(Files.readAllBytes(pdf),
                d -> d.getDocumentInfo().setMoreInfo("Subject", "改过"));
        Path upd = file("rev-updated.pdf", updated);
        assertThat(OpinionVerifier.verify(upd).problems()).containsExactly("verify.problem.changedAfterLast");
        assertThat(keyOf(() -> OpinionSigner.sign(upd, li, Role.LEGAL_ADVISER, upd))).isEqualTo("signing.pdf.broken");
        assertThat(Files.readAllBytes(upd)).isEqualTo(updated);

        // another tool signs over the unsigned update: the last signature covers the whole file,
        // but its revision holds two revisions' ends, one of them signed by no one
        OpinionVerifier.Report r = OpinionVerifier.verify(rawSign(updated, li, ADVISER, "LEGAL_ADVISER", false), "x");
        assertThat(r.problems()).containsExactly("verify.problem.unsignedRevision:" + ADVISER);
        assertThat(r.signatures().get(0).valid()).isTrue();
        assertThat(r.signatures().get(1).valid()).isFalse();
        assertThat(r.signatures().get(1).signer()).isEqualTo("李律师");
        assertThat(r.signed()).isEqualTo(1);
        assertThat(r.intact()).isFalse();

        // the same two signatures without the update in between are both good
        byte[] clean = rawSign(Files.readAllBytes(pdf), li, ADVISER, "LEGAL_ADVISER", false);
        OpinionVerifier.Report ok = OpinionVerifier.verify(clean, "y");
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.complete()).isTrue();
    }

    @Test
    void aSignatureInAFieldThatIsNotTheOpinionsIsForeignAndNeverCounted() throws Exception {
        byte[] base = bare(OFFICER);
        // a field without a role in its name and no role entry: foreign and of no role
        OpinionVerifier.Report plain = OpinionVerifier.verify(rawSign(base, wang, "Signature1", null, true), "a");
        assertThat(plain.problems()).containsExactly("verify.problem.foreignSignature:Signature1",
                "verify.problem.roleMismatch:Signature1");
        assertThat(plain.signatures().get(0).role()).isNull();
        assertThat(plain.required()).isEqualTo(1);
        assertThat(plain.signed()).isZero();

        // a well-formed signature with a role, in a field of its own: valid as a signature, still foreign
        OpinionVerifier.Report seal = OpinionVerifier.verify(rawSign(base, wang, "seal-OFFICER", "OFFICER", true), "b");
        assertThat(seal.problems()).containsExactly("verify.problem.foreignSignature:seal-OFFICER");
        assertThat(seal.signatures().get(0).valid()).isTrue();
        assertThat(seal.signatures().get(0).role()).isEqualTo(Role.OFFICER);
        assertThat(seal.signed()).isZero();
        assertThat(seal.complete()).isFalse();
    }

    @Test
    void aRoleEntryThatContradictsItsFieldMakesTheSignatureInvalid() throws Exception {
        byte[] base = bare(OFFICER);
        OpinionVerifier.Report other = OpinionVerifier.verify(rawSign(base, wang, OFFICER, "EXPERT", false), "a");
        assertThat(other.problems()).containsExactly("verify.problem.roleMismatch:" + OFFICER);
        assertThat(other.signatures().get(0).role()).isEqualTo(Role.EXPERT);
        assertThat(other.signatures().get(0).valid()).isFalse();
        assertThat(other.complete()).isFalse();

        OpinionVerifier.Report unknown = OpinionVerifier.verify(rawSign(base, wang, OFFICER, "BOSS", false), "b");
        assertThat(unknown.problems()).containsExactly("verify.problem.roleMismatch:" + OFFICER);
        assertThat(unknown.signatures().get(0).role()).isNull();

        // no role entry at all: the field's role stands, and the one required signature is there
        OpinionVerifier.Report none = OpinionVerifier.verify(rawSign(base, wang, OFFICER, null, false), "c");
        assertThat(none.problems()).isEmpty();
        assertThat(none.signatures().get(0).role()).isEqualTo(Role.OFFICER);
        assertThat(none.signatures().get(0).signer()).isEqualTo("王建国");
        assertThat(none.complete()).isTrue();
    }

    @Test
    void aDamagedSignedFileIsRefusedForSigningAndTheFileLeftAsItWas() throws Exception {
        Path pdf = file("dmg.pdf", bare(OFFICER, ADVISER));
        OpinionSigner.sign(pdf, wang, Role.OFFICER, pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        // one letter of the document information changed inside the signed range (final → fInal)
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("(final)");
        assertThat(at).isPositive();
        bytes[at + 2] = 'I';
        Path damaged = file("dmg2.pdf", bytes);
        OpinionVerifier.Report r = OpinionVerifier.verify(damaged);
        assertThat(r.intact()).isFalse();
        assertThat(r.problems()).contains("verify.problem.signatureInvalid:" + OFFICER);
        assertThat(keyOf(() -> OpinionSigner.sign(damaged, li, Role.LEGAL_ADVISER, damaged)))
                .isEqualTo("signing.pdf.broken");
        assertThat(Files.readAllBytes(damaged)).isEqualTo(bytes);
    }

    @Test
    void aReportWithoutRequiredSignaturesIsNeverComplete() {
        assertThat(new OpinionVerifier.Report(true, false, 0, 0, java.util.List.of(), java.util.List.of()).complete())
                .isFalse();
        assertThat(new OpinionVerifier.Report(true, false, 1, 1, java.util.List.of(), java.util.List.of()).complete())
                .isTrue();
        assertThat(new OpinionVerifier.Report(false, false, 1, 1, java.util.List.of(), java.util.List.of()).complete())
                .isFalse();
    }
}
