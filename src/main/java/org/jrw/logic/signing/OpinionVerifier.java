package org.jrw.logic.signing;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.model.Timestamps;

/**
 * Verifies a joint review opinion: every signature's integrity and authenticity (PdfPKCS7), that
 * its role agrees with the field it fills, that the last signature covers the whole document, that
 * each later revision is exactly one further signature, and that the visible content (pages, their
 * resources and annotations, the embedded review JSON) of every signed revision is still the
 * content of the final document. Completeness: every required signature field is signed.
 */
public final class OpinionVerifier {
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    private OpinionVerifier() {
    }

    /**
     * One signature as found in the document. {@code certificateSha256}: the signing certificate's
     * fingerprint; {@code registered}: whether it is the registered certificate of a panel member
     * in that role ({@link #withRegistration}), null when checked without a workspace.
     */
    public record Entry(String field, String signer, Role role, String signedAt, boolean valid,
                        boolean coversWholeDocument, String certificateSha256, Boolean registered) {
        public Entry(String field, String signer, Role role, String signedAt, boolean valid,
                     boolean coversWholeDocument) {
            this(field, signer, role, signedAt, valid, coversWholeDocument, null, null);
        }
    }

    /**
     * The outcome. {@code problems} are message keys with arguments, {@code key:arg:arg}.
     * {@code required} counts the opinion's signature fields, {@code signed} the valid signatures.
     */
    public record Report(boolean intact, boolean draft, int required, int signed, List<Entry> signatures,
                         List<String> problems) {
        public boolean complete() {
            return intact && required > 0 && signed == required;
        }

        /**
         * The report with each signature's registration decided by {@code registered} (a signature
         * not registered is invalid, with the reason {@code problem(entry)} added to the problems).
         */
        public Report withRegistration(java.util.function.Predicate<Entry> registered,
                                       java.util.function.Function<Entry, String> problem) {
            List<Entry> out = new ArrayList<>();
            List<String> more = new ArrayList<>(problems);
            int valid = signed;
            for (Entry e : signatures) {
                boolean ok = registered.test(e);
                if (!ok) {
                    more.add(problem.apply(e));
                    if (e.valid() && e.field().startsWith(OpinionPdf.FIELD_PREFIX)) {
                        valid--;
                    }
                }
                out.add(new Entry(e.field(), e.signer(), e.role(), e.signedAt(), e.valid() && ok,
                        e.coversWholeDocument(), e.certificateSha256(), ok));
            }
            // integrity is the document's own: a signature by someone not on the panel is invalid and
            // unregistered, but the document is not thereby altered
            return new Report(intact, draft, required, valid, List.copyOf(out), List.copyOf(more));
        }

        /** Whether a signature was checked against a registered panel and found not to be the member's. */
        public boolean anyUnregistered() {
            return signatures.stream().anyMatch(e -> Boolean.FALSE.equals(e.registered()));
        }
    }

    public static Report verify(Path pdf) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new BadInputException("signing.pdf.unreadable", pdf.toString());
        }
        return verify(bytes, pdf.toString());
    }

    public static Report verify(byte[] bytes, String name) {
        if (!looksLikePdf(bytes)) {
            throw new BadInputException("signing.pdf.notOpinion", name);
        }
        PdfDocument doc;
        try {
            doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            if (indexOf(bytes, "/ByteRange".getBytes(StandardCharsets.ISO_8859_1), 0) >= 0) {
                // signed once, now unreadable: that is a broken document, not bad input
                return new Report(false, false, 0, 0, List.of(), List.of("verify.problem.unreadable"));
            }
            throw new BadInputException("signing.pdf.notOpinion", name);
        }
        try (doc) {
            SignatureUtil su = new SignatureUtil(doc);
            List<String> signedNames = su.getSignatureNames();
            List<String> fields = new ArrayList<>();
            signedNames.stream().filter(n -> n.startsWith(OpinionPdf.FIELD_PREFIX)).forEach(fields::add);
            su.getBlankSignatureNames().stream().filter(n -> n.startsWith(OpinionPdf.FIELD_PREFIX)).forEach(fields::add);
            if (fields.isEmpty()) {
                throw new BadInputException("signing.pdf.notOpinion", name);
            }
            String status = doc.getDocumentInfo().getMoreInfo(OpinionPdf.INFO_STATUS);
            boolean draft = OpinionPdf.STATUS_DRAFT.equals(status);
            List<Entry> entries = new ArrayList<>();
            SignatureCheck check = new SignatureCheck(bytes, su, contentDigest(doc));
            List<String> problems = check.problems;
            int validCount = 0;
            for (String n : signedNames) {
                Entry entry = check.check(n);
                if (entry.valid() && n.startsWith(OpinionPdf.FIELD_PREFIX)) {
                    validCount++;
                }
                entries.add(entry);
            }
            if (!signedNames.isEmpty() && !su.signatureCoversWholeDocument(signedNames.get(signedNames.size() - 1))) {
                problems.add("verify.problem.changedAfterLast");
            }
            boolean intact = problems.isEmpty();
            return new Report(intact, draft, fields.size(), validCount, List.copyOf(entries), List.copyOf(problems));
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(OpinionVerifier.class).warn("opinion PDF unreadable", e);
            return new Report(false, false, 0, 0, List.of(), List.of("verify.problem.unreadable"));
        }
    }

    /** What a signature's data says: valid integrity and authenticity, the certificate, signer and time. */
    private record Signed(boolean valid, java.security.cert.X509Certificate cert, String signer, Calendar cal,
                          String signedAt) {
    }

    /**
     * The checks of each signature in signing order, with the problems found so far: integrity and
     * authenticity, the certificate's validity at the signing time and one seat per certificate, the
     * role of the field, no unsigned revision between signatures, no content changed afterwards.
     */
    private static final class SignatureCheck {
        private final byte[] bytes;
        private final SignatureUtil su;
        private final String finalDigest;
        private final List<String> problems = new ArrayList<>();
        private final java.util.Map<String, String> seats = new java.util.HashMap<>();
        private long previousEnd = -1;

        SignatureCheck(byte[] bytes, SignatureUtil su, String finalDigest) {
            this.bytes = bytes;
            this.su = su;
            this.finalDigest = finalDigest;
        }

        Entry check(String n) {
            if (!n.startsWith(OpinionPdf.FIELD_PREFIX)) {
                problems.add("verify.problem.foreignSignature:" + n);
            }
            PdfDictionary sigDict = su.getSignatureDictionary(n);
            Role fieldRole = roleOfField(n);
            PdfString roleEntry = sigDict.getAsString(new PdfName(OpinionSigner.ROLE_KEY));
            Role role = roleEntry == null ? fieldRole : Role.parse(roleEntry.toUnicodeString()).orElse(null);
            Signed s = read(n);
            boolean valid = s.valid();
            if (!valid) {
                problems.add("verify.problem.signatureInvalid:" + n);
            }
            String certSha = s.cert() == null ? null : Identities.info(s.cert()).sha256();
            if (s.cert() != null && !certificate(n, s, certSha)) {
                valid = false;
            }
            if (role == null || role != fieldRole) {
                valid = false;
                problems.add("verify.problem.roleMismatch:" + n);
            }
            boolean covers = su.signatureCoversWholeDocument(n);
            long end = revisionEnd(sigDict);
            if (previousEnd >= 0 && end > previousEnd && count(bytes, EOF, previousEnd, end) != 1) {
                valid = false;
                problems.add("verify.problem.unsignedRevision:" + n);
            }
            previousEnd = end;
            if (valid && !unchangedAfter(n)) {
                valid = false;
                problems.add("verify.problem.changedAfter:" + n);
            }
            return new Entry(n, s.signer(), role, s.signedAt(), valid, covers, certSha, null);
        }

        private Signed read(String n) {
            String signer = null;
            String signedAt = null;
            java.security.cert.X509Certificate cert = null;
            Calendar cal = null;
            boolean valid;
            try {
                PdfPKCS7 p7 = su.readSignatureData(n);
                valid = p7.verifySignatureIntegrityAndAuthenticity();
                cert = p7.getSigningCertificate();
                signer = Identities.commonName(cert);
                cal = p7.getSignDate();
                if (cal != null) {
                    signedAt = Timestamps.format(cal.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime());
                }
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(OpinionVerifier.class).debug("signature {} not verifiable", n, e);
                valid = false;
            }
            return new Signed(valid, cert, signer, cal, signedAt);
        }

        /** The certificate valid at the time the signature claims (no claimed time: now), and in one seat only. */
        private boolean certificate(String n, Signed s, String certSha) {
            boolean ok = true;
            java.security.cert.X509Certificate cert = s.cert();
            java.time.Instant at = s.cal() == null ? java.time.Instant.now() : s.cal().toInstant();
            String expired = Identities.validityProblem(cert, at);
            if (expired != null) {
                ok = false;
                problems.add("verify.problem." + expired.substring(expired.lastIndexOf('.') + 1) + ":" + n
                        + ":" + safe(s.signer()) + ":" + Identities.day(cert.getNotBefore()) + ":"
                        + Identities.day(cert.getNotAfter()));
            }
            // one certificate, one seat: the same certificate in a second field is not a second member
            String first = seats.putIfAbsent(certSha, n);
            if (first != null) {
                ok = false;
                problems.add("verify.problem.seatTaken:" + n + ":" + safe(s.signer()) + ":" + first);
            }
            return ok;
        }

        /** Whether the revision this signature signed shows the same content as the final document. */
        private boolean unchangedAfter(String n) {
            try (InputStream rev = su.extractRevision(n);
                 PdfDocument revDoc = new PdfDocument(new PdfReader(rev))) {
                return contentDigest(revDoc).equals(finalDigest);
            } catch (IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(OpinionVerifier.class).debug("revision of signature {} unreadable", n, e);
                return false;
            }
        }
    }

    /** A value for a "key:arg:arg" problem code: no colons. */
    static String safe(String s) {
        return s == null ? "?" : s.replace(':', '：');
    }

    private static Role roleOfField(String field) {
        int dash = field.lastIndexOf('-');
        return dash < 0 ? null : Role.parse(field.substring(dash + 1)).orElse(null);
    }

    private static long revisionEnd(PdfDictionary sig) {
        PdfArray br = sig.getAsArray(PdfName.ByteRange);
        if (br == null || br.size() != 4) {
            return -1;
        }
        return br.getAsNumber(2).longValue() + br.getAsNumber(3).longValue();
    }

    /**
     * A digest of what a reader sees: every page's size, content and resource streams, its
     * annotations other than signature widgets, and the embedded review JSON.
     */
    static String contentDigest(PdfDocument doc) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Integer.toString(doc.getNumberOfPages()).getBytes(StandardCharsets.US_ASCII));
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PdfPage page = doc.getPage(i);
                md.update(page.getPageSize().toString().getBytes(StandardCharsets.US_ASCII));
                md.update(Integer.toString(page.getRotation()).getBytes(StandardCharsets.US_ASCII));
                md.update(page.getContentBytes());
                PdfDictionary xobjects = page.getResources().getResource(PdfName.XObject);
                if (xobjects != null) {
                    for (PdfName key : new java.util.TreeSet<>(xobjects.keySet())) {
                        PdfStream s = xobjects.getAsStream(key);
                        md.update(key.getValue().getBytes(StandardCharsets.UTF_8));
                        if (s != null) {
                            md.update(s.getBytes());
                        }
                    }
                }
                for (PdfAnnotation a : page.getAnnotations()) {
                    if (PdfName.Widget.equals(a.getSubtype())) {
                        PdfDictionary parent = a.getPdfObject().getAsDictionary(PdfName.Parent);
                        PdfName ft = a.getPdfObject().getAsName(PdfName.FT);
                        if (ft == null && parent != null) {
                            ft = parent.getAsName(PdfName.FT);
                        }
                        if (PdfName.Sig.equals(ft)) {
                            continue;
                        }
                    }
                    md.update(String.valueOf(a.getSubtype()).getBytes(StandardCharsets.UTF_8));
                    md.update(String.valueOf(a.getRectangle()).getBytes(StandardCharsets.UTF_8));
                    PdfString contents = a.getContents();
                    if (contents != null) {
                        md.update(contents.getValueBytes());
                    }
                }
            }
            PdfArray af = doc.getCatalog().getPdfObject().getAsArray(PdfName.AF);
            if (af != null) {
                for (int i = 0; i < af.size(); i++) {
                    PdfDictionary fs = af.getAsDictionary(i);
                    PdfDictionary ef = fs == null ? null : fs.getAsDictionary(PdfName.EF);
                    PdfObject f = ef == null ? null : ef.get(PdfName.F);
                    if (f instanceof PdfStream s) {
                        md.update(s.getBytes());
                    }
                }
            }
            for (String key : new String[] {OpinionPdf.INFO_MARKER, OpinionPdf.INFO_STATUS}) {
                md.update(String.valueOf(doc.getDocumentInfo().getMoreInfo(key)).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The opinion's marker (case id and version) from its document information, or null. */
    public static String marker(Path pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            return doc.getDocumentInfo().getMoreInfo(OpinionPdf.INFO_MARKER);
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(OpinionVerifier.class).debug("no opinion marker in {}", pdf, e);
            return null;
        }
    }

    /** The JSON embedded in an opinion (the review's machine-readable record), or null. */
    public static byte[] embeddedJson(Path pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfArray af = doc.getCatalog().getPdfObject().getAsArray(PdfName.AF);
            if (af == null) {
                return null;
            }
            for (int i = 0; i < af.size(); i++) {
                PdfDictionary fs = af.getAsDictionary(i);
                PdfString fn = fs == null ? null : fs.getAsString(PdfName.UF);
                PdfDictionary ef = fs == null ? null : fs.getAsDictionary(PdfName.EF);
                if (fn != null && OpinionPdf.ATTACHMENT_NAME.equals(fn.toUnicodeString()) && ef != null) {
                    return ef.getAsStream(PdfName.F).getBytes();
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("signing.pdf.notOpinion", pdf.toString());
        }
    }

    private static boolean looksLikePdf(byte[] b) {
        int limit = Math.min(b.length, 1024);
        return indexOf(b, "%PDF-".getBytes(StandardCharsets.ISO_8859_1), 0) >= 0
                && indexOf(b, "%PDF-".getBytes(StandardCharsets.ISO_8859_1), 0) < limit;
    }

    private static int count(byte[] b, byte[] pat, long from, long to) {
        int n = 0;
        int i = (int) from;
        while ((i = indexOf(b, pat, i)) >= 0 && i < to) {
            n++;
            i += pat.length;
        }
        return n;
    }

    private static int indexOf(byte[] b, byte[] pat, int from) {
        outer:
        for (int i = Math.max(0, from); i <= b.length - pat.length; i++) {
            for (int j = 0; j < pat.length; j++) {
                if (b[i + j] != pat[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
