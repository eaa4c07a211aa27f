package org.jrw.logic.signing;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OpinionPdf;

/**
 * Test material for the signing tests that need no workspace: opinions rendered by
 * {@link OpinionPdf}, bare PDFs with opinion signature fields, certificates made with BouncyCastle,
 * signatures made by iText directly (as another tool would) and incremental updates after signing.
 */
final class SignedFiles {
    static final char[] PW = "correct horse".toCharArray();

    private SignedFiles() {
    }

    /** A rendered opinion with one empty field per slot. */
    static byte[] opinion(boolean draft, OpinionPdf.Slot... slots) {
        OfficialDocument doc = OfficialDocument.builder("联审意见书").paragraph("经联审，同意执法机构的处罚意见。").build();
        return OpinionPdf.write(doc, "联审小组成员签名", null, List.of(slots),
                "{\"case\":\"测试\"}".getBytes(StandardCharsets.UTF_8), draft, "case-1/v1", Map.of()).pdf();
    }

    static OpinionPdf.Slot slot(int n, String role, String label, String name) {
        return new OpinionPdf.Slot(OpinionPdf.fieldName(n, role), label, name, "某单位");
    }

    /**
     * A plain PDF (no embedded review JSON, no alternate field names) whose one page draws a form
     * XObject and carries the named empty signature fields.
     */
    static byte[] bare(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            PdfPage page = pdf.addNewPage();
            PdfFormXObject mark = new PdfFormXObject(new Rectangle(0, 0, 20, 20));
            new PdfCanvas(mark, pdf).rectangle(0, 0, 20, 20).fill();
            new PdfCanvas(page).addXObjectAt(mark, 50, 700);
            PdfAcroForm form = PdfAcroForm.getAcroForm(pdf, true);
            for (int i = 0; i < fields.length; i++) {
                form.addField(new SignatureFormFieldBuilder(pdf, fields[i])
                        .setWidgetRectangle(new Rectangle(100, 100 + i * 90, 200, 70)).setPage(1).createSignature(), page);
            }
            pdf.getDocumentInfo().setMoreInfo(OpinionPdf.INFO_STATUS, OpinionPdf.STATUS_FINAL);
        }
        return out.toByteArray();
    }

    /** An incremental update (append mode) made with iText, as an editor saving the file would. */
    static byte[] update(byte[] pdf, Consumer<PdfDocument> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            change.accept(doc);
        }
        return out.toByteArray();
    }

    /** Replaces the drawing of the first page's form XObject, the page's own content unchanged. */
    static void redrawMark(PdfDocument doc) {
        PdfPage page = doc.getPage(1);
        var xobjects = page.getResources().getResource(PdfName.XObject);
        PdfName name = xobjects.keySet().iterator().next();
        PdfStream s = xobjects.getAsStream(name);
        s.setData("0 0 5 5 re f\n".getBytes(StandardCharsets.US_ASCII));
        s.setModified();
    }

    /**
     * Signs the field (created on page 1 when {@code newField}) with iText alone; {@code roleKey}
     * the {@link OpinionSigner#ROLE_KEY} entry to write, none when null.
     */
    static byte[] rawSign(byte[] pdf, SigningIdentity id, String field, String roleKey, boolean newField)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out,
                new StampingProperties().useAppendMode());
        SignerProperties props = new SignerProperties().setFieldName(field);
        if (newField) {
            props.setPageNumber(1).setPageRect(new Rectangle(0, 0, 0, 0));
        }
        signer.setSignerProperties(props);
        if (roleKey != null) {
            signer.setSignatureEvent(sig -> sig.put(new PdfName(OpinionSigner.ROLE_KEY), new PdfString(roleKey)));
        }
        signer.signDetached(new BouncyCastleDigest(), new PrivateKeySignature(id.key(), "SHA256", null),
                id.chain().toArray(Certificate[]::new), null, null, null, 0, PdfSigner.CryptoStandard.CADES);
        return out.toByteArray();
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    /** A self-signed certificate for the subject (an X.500 name such as {@code CN=王建国,OU=执法业务骨干}). */
    static X509Certificate cert(KeyPair kp, String subject, String algorithm) throws Exception {
        X500Name dn = new X500Name(subject);
        Instant now = Instant.now();
        var b = new JcaX509v3CertificateBuilder(dn, BigInteger.valueOf(System.nanoTime()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), dn, kp.getPublic());
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder(algorithm)
                .build(kp.getPrivate())));
    }

    static SigningIdentity identity(String subject) throws Exception {
        KeyPair kp = rsa();
        return new SigningIdentity(kp.getPrivate(), List.of(cert(kp, subject, "SHA256withRSA")));
    }

    /** Writes a PKCS#12 with one entry per {@code entries} element (filled by the caller). */
    static Path store(Path file, Consumer<KeyStore> entries) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        entries.accept(ks);
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, PW);
        }
        return file;
    }
}
