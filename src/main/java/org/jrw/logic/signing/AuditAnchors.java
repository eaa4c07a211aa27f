package org.jrw.logic.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.model.BadInputException;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.Workspace;

/**
 * Audit anchors (ADR 0091): the head of the audit chain (sequence number and hash of the last
 * entry) signed by the workstation key, embedded in every opinion this workspace renders and
 * every package it exports. The audit chain itself has no secret — whoever can write the
 * database can recompute it — but copies sent out are beyond their reach: {@link #check} proves
 * the workspace's history still holds, at each anchor's sequence number, the entry with the
 * anchor's hash.
 */
public final class AuditAnchors {
    /** The document-information key of an opinion's anchor, and a package manifest's field. */
    public static final String PDF_INFO_KEY = "JRW-AuditAnchor";
    public static final String MANIFEST_FIELD = "auditAnchor";
    static final String FORMAT = "jrw-audit-anchor";

    private AuditAnchors() {
    }

    /** One anchor: the head at {@code at}, signed by the workstation certificate {@code certificateSha256}. */
    public record Anchor(long seq, String hash, String at, String certificateSha256, String signature) {
        byte[] signedBytes() {
            return (FORMAT + "/1\n" + seq + "\n" + hash + "\n" + at + "\n" + certificateSha256)
                    .getBytes(StandardCharsets.UTF_8);
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", FORMAT);
            m.put("seq", seq);
            m.put("hash", hash);
            m.put("at", at);
            m.put("certificateSha256", certificateSha256);
            m.put("signature", signature);
            return m;
        }

        public String toJson() {
            return Json.write(toMap());
        }
    }

    /**
     * An anchor of the workspace's audit head now, signed by its workstation key (created on first
     * use). Call it before the change the document records, outside any transaction.
     */
    public static Anchor create(Workspace ws) {
        SigningIdentity key = WorkstationIdentity.loadOrCreate(ws);
        List<AuditDao.Row> rows = Audit.list(ws, null, null);
        long seq = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seq();
        String hash = rows.isEmpty() ? AuditDao.GENESIS : rows.get(rows.size() - 1).hash();
        String certSha = Identities.info(key.certificate()).sha256();
        Anchor unsigned = new Anchor(seq, hash, Timestamps.nowSeconds(), certSha, null);
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key.key());
            s.update(unsigned.signedBytes());
            return new Anchor(seq, hash, unsigned.at(), certSha, Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the audit anchor: " + e.getMessage(), e);
        }
    }

    /** An anchor when the workspace can write one (not read-only), else null. */
    public static Anchor createIfWritable(Workspace ws) {
        return ws.readOnly() ? null : create(ws);
    }

    /** Reads an anchor from its JSON map; null when it is not one. */
    public static Anchor fromMap(Map<String, Object> m) {
        if (m == null || !FORMAT.equals(m.get("format")) || !(m.get("seq") instanceof Number n)) {
            return null;
        }
        return new Anchor(n.longValue(), String.valueOf(m.get("hash")), String.valueOf(m.get("at")),
                String.valueOf(m.get("certificateSha256")), String.valueOf(m.get("signature")));
    }

    public static Anchor fromJson(String json) {
        try {
            return fromMap(Json.readMap(json));
        } catch (RuntimeException e) {
            // not an anchor: the caller reports it
            return null;
        }
    }

    /** The anchor an opinion PDF carries in its document information, or null. */
    public static Anchor fromPdf(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String s = doc.getDocumentInformation().getCustomMetadataValue(PDF_INFO_KEY);
            return s == null ? null : fromJson(s);
        } catch (IOException e) {
            throw new BadInputException("seats.anchor.unreadable", pdf.toString());
        }
    }

    /** Whether the anchor's signature was made by the certificate's key. */
    public static boolean signatureValid(Anchor a, X509Certificate cert) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(cert.getPublicKey());
            s.update(a.signedBytes());
            return s.verify(Base64.getDecoder().decode(a.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            org.slf4j.LoggerFactory.getLogger(AuditAnchors.class).debug("audit anchor signature not verifiable", e);
            return false;
        }
    }

    /** One anchor as checked: from which file, and whether the history still holds it. */
    public record Found(String file, Anchor anchor, boolean ours, boolean signatureValid, boolean held) {
    }

    /** The outcome: every anchor found, the chain's own verification, and the problems (message codes). */
    public record Check(List<Found> anchors, Audit.Verification chain, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty() && chain.intact();
        }
    }

    /**
     * Checks the anchors found in files sent out against the workspace: each must be signed by
     * this workstation's key, and the entry at its sequence number must still have its hash. An
     * anchor of another key is a problem too (a replaced workstation key, or a file that did not
     * come from here).
     */
    public static Check check(Workspace ws, Map<String, Anchor> anchorsByFile) {
        Audit.Verification chain = Audit.verify(ws);
        List<AuditDao.Row> rows = Audit.list(ws, null, null);
        X509Certificate own = WorkstationIdentity.existingCertificate(ws);
        String ownSha = own == null ? null : Identities.info(own).sha256();
        List<Found> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Anchor> e : anchorsByFile.entrySet()) {
            String file = e.getKey().replace(':', '：');
            Anchor a = e.getValue();
            if (a == null) {
                problems.add("seats.anchor.none:" + file);
                found.add(new Found(e.getKey(), null, false, false, false));
                continue;
            }
            boolean ours = ownSha != null && ownSha.equals(a.certificateSha256());
            boolean sig = ours && signatureValid(a, own);
            boolean held = false;
            if (!ours) {
                problems.add("seats.anchor.otherKey:" + file + ":" + a.certificateSha256().substring(0,
                        Math.min(16, a.certificateSha256().length())));
            } else if (!sig) {
                problems.add("seats.anchor.badSignature:" + file);
            } else if (a.seq() == 0) {
                held = true;
            } else {
                AuditDao.Row r = rows.stream().filter(x -> x.seq() == a.seq()).findFirst().orElse(null);
                held = r != null && r.hash().equals(a.hash()); // r is the entry at a.seq() (filtered above)
                if (!held) {
                    problems.add((r == null ? "seats.anchor.cut:" : "seats.anchor.rewritten:") + file + ":" + a.seq());
                }
            }
            found.add(new Found(e.getKey(), a, ours, sig, held));
        }
        return new Check(List.copyOf(found), chain, List.copyOf(problems));
    }
}
