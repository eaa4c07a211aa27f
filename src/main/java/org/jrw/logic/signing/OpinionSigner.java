package org.jrw.logic.signing;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.logic.pdf.PdfFonts;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.model.Timestamps;

/**
 * Adds one member's PAdES signature to a joint review opinion: fills the member's empty signature
 * field (created when the opinion was rendered) in append mode, so earlier signatures stay valid.
 * The role is recorded three ways: the field it fills ({@code jrw-sig-<n>-<ROLE>}), a custom
 * {@value #ROLE_KEY} entry in the signature dictionary, and the signature's reason. No
 * certification (DocMDP) is set, so that later members can still sign. Works on the PDF alone.
 */
public final class OpinionSigner {
    /** Custom signature-dictionary key holding the signer's role code. */
    public static final String ROLE_KEY = "JRW.Role";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private OpinionSigner() {
    }

    /** The signed file and how many signatures it now carries. */
    public record Result(Path file, int signatures, String field, String signer, String signedAt, boolean draft) {
    }

    /**
     * Signs {@code in} as {@code role} with the identity and writes {@code out} (which may be
     * {@code in}). Bad input (not an opinion, a draft, no empty field for the role, the document
     * already broken) is refused before anything is written.
     */
    public static Result sign(Path in, SigningIdentity id, Role role, Path out) {
        return sign(in, id, role, out, false);
    }

    /**
     * As {@link #sign(Path, SigningIdentity, Role, Path)}; with {@code draftAllowed} a draft is
     * signed too (the command line's {@code sign}, which works on the PDF alone): the watermark
     * 草稿 stays on every page and {@link OpinionVerifier} reports the document as a draft.
     */
    public static Result sign(Path in, SigningIdentity id, Role role, Path out, boolean draftAllowed) {
        return sign(in, id, role, out, draftAllowed, null);
    }

    /**
     * As {@link #sign(Path, SigningIdentity, Role, Path, boolean)}, filling the field of the named
     * panel member ({@code seatName}, from the workspace's registration) when the opinion has one.
     * Refused before anything is written: a key that does not belong to its certificate, a
     * certificate outside its validity period now, and a certificate that already fills another
     * seat of this opinion (one person, one seat).
     */
    public static Result sign(Path in, SigningIdentity id, Role role, Path out, boolean draftAllowed, String seatName) {
        byte[] original;
        try {
            original = Files.readAllBytes(in);
        } catch (IOException e) {
            throw new BadInputException("signing.pdf.unreadable", in.toString());
        }
        Identities.requireMatchingKey(id, in.toString());
        ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault()).withNano(0);
        Identities.requireValidOn(id.certificate(), now.toInstant());
        OpinionVerifier.Report before = OpinionVerifier.verify(original, in.toString());
        if (!before.intact()) {
            throw new BadInputException("signing.pdf.broken", in.toString());
        }
        if (before.draft() && !draftAllowed) {
            throw new BadInputException("signing.pdf.draft", in.toString());
        }
        String sha = Identities.info(id.certificate()).sha256();
        for (OpinionVerifier.Entry e : before.signatures()) {
            if (sha.equals(e.certificateSha256())) {
                throw new BadInputException("seats.sign.seatTaken", id.commonName(),
                        e.role() == null ? "?" : e.role().labelZh(), in.toString());
            }
        }
        String field = chooseField(original, role, seatName != null ? seatName : id.commonName(), in);
        byte[] signed = signBytes(original, id, role, field, now);
        if (field.endsWith(CHAIR_ADDED)) {
            field = field.substring(0, field.length() - CHAIR_ADDED.length());
        }
        write(signed, out);
        return new Result(out, before.signed() + 1, field, id.commonName(), Timestamps.format(now.toOffsetDateTime()),
                before.draft());
    }

    /**
     * Only the signature itself, with no check of the key, the certificate or the seat: what a
     * forger's own tool would do. Package-private for the regression tests that build such files.
     */
    static byte[] signUnchecked(byte[] original, SigningIdentity id, Role role, ZonedDateTime at) {
        return signBytes(original, id, role, chooseField(original, role, id.commonName(), Path.of("in.pdf")), at);
    }

    private static byte[] signBytes(byte[] original, SigningIdentity id, Role role, String field, ZonedDateTime now) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(original.length + 64 * 1024);
        try {
            PdfSigner signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(original)), buf,
                    new StampingProperties().useAppendMode());
            SignatureFieldAppearance appearance = new SignatureFieldAppearance(SignerProperties.IGNORED_ID)
                    .setContent(id.commonName() + "\n" + role.labelZh() + "\n" + SHOWN.format(now));
            appearance.setProperty(Property.FONT_PROVIDER, PdfFonts.provider());
            appearance.setFontFamily(PdfFonts.FAMILIES.toArray(String[]::new));
            appearance.setFontSize(11);
            appearance.setProperty(Property.TEXT_ALIGNMENT, TextAlignment.CENTER);
            SignerProperties props = new SignerProperties().setFieldName(field)
                    .setReason("联审意见书签名；角色：" + role.labelZh() + "（" + role.name() + "）")
                    .setLocation("联审会议").setSignatureCreator("联审工作台 Joint Review Workbench")
                    .setClaimedSignDate(GregorianCalendar.from(now)).setSignatureAppearance(appearance);
            if (field.endsWith(CHAIR_ADDED)) {
                // the chair without a field of its own: an invisible signature on the last page
                int pages;
                try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(original)))) {
                    pages = d.getNumberOfPages();
                }
                props.setFieldName(field.substring(0, field.length() - CHAIR_ADDED.length()))
                        .setPageNumber(pages).setPageRect(new com.itextpdf.kernel.geom.Rectangle(0, 0, 0, 0));
            }
            signer.setSignerProperties(props);
            signer.setSignatureEvent(sig -> sig.put(new PdfName(ROLE_KEY), new PdfString(role.name())));
            Certificate[] chain = id.chain().toArray(Certificate[]::new);
            signer.signDetached(new BouncyCastleDigest(),
                    new PrivateKeySignature(id.key(), "SHA256", null), chain, null, null, null, 0,
                    PdfSigner.CryptoStandard.CADES);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("signing failed: " + e.getMessage(), e);
        }
        return buf.toByteArray();
    }

    /** Marks a field name chosen for a chair that has no field yet (the field is added when signing). */
    private static final String CHAIR_ADDED = "#added";

    /** The empty field for the role: one whose alternate name names the signer if there is one, else the first. */
    private static String chooseField(byte[] pdf, Role role, String signerName, Path in) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil su = new SignatureUtil(doc);
            List<String> blank = su.getBlankSignatureNames().stream()
                    .filter(n -> n.startsWith(OpinionPdf.FIELD_PREFIX) && n.endsWith("-" + role.name())).toList();
            if (blank.isEmpty()) {
                boolean any = su.getSignatureNames().stream().anyMatch(n -> n.endsWith("-" + role.name()));
                if (role == Role.CHAIR && !any) {
                    // the chair leads the panel: when the opinion has no field for a chair (no chair
                    // was registered) the chair may still countersign, in a field added for it
                    long fields = su.getSignatureNames().stream().filter(n -> n.startsWith(OpinionPdf.FIELD_PREFIX)).count()
                            + su.getBlankSignatureNames().stream().filter(n -> n.startsWith(OpinionPdf.FIELD_PREFIX)).count();
                    return OpinionPdf.fieldName((int) fields + 1, role.name()) + CHAIR_ADDED;
                }
                throw new BadInputException(any ? "signing.role.alreadySigned" : "signing.role.notRequired",
                        role.labelZh(), in.toString());
            }
            // SignatureUtil gives the dictionaries of signed fields only: the empty ones from the form
            PdfAcroForm form = PdfAcroForm.getAcroForm(doc, false);
            for (String n : blank) {
                PdfString tu = form.getField(n).getPdfObject().getAsString(PdfName.TU);
                if (tu != null && tu.toUnicodeString().contains(signerName)) {
                    return n;
                }
            }
            return blank.get(0);
        } catch (IOException e) {
            throw new BadInputException("signing.pdf.notOpinion", in.toString());
        }
    }

    private static void write(byte[] bytes, Path out) {
        try {
            org.jrw.persistence.AtomicFiles.write(out, bytes);
        } catch (IOException e) {
            throw new BadInputException("signing.out.unwritable", out.toString());
        }
    }
}
