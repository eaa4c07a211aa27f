package org.jrw.logic.review;

import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jrw.logic.signing.Identities;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.persistence.ReviewDao;

/**
 * Seats on the panel (ADR 0090): a member is one person in one role with one registered
 * certificate (its SHA-256 fingerprint). Signing in a workspace needs the registered certificate
 * of a member of that role; verification with the workspace marks each signature registered or
 * not. A certificate's name (CN) proves nothing: anyone can make a certificate with any name.
 */
public final class Seats {
    private Seats() {
    }

    /** The first 16 hex digits of a fingerprint, as messages show it. */
    public static String shortSha(String sha) {
        return sha == null ? "—" : sha.length() <= 16 ? sha : sha.substring(0, 16) + "…";
    }

    /** Refuses a certificate already registered for another member of the review. */
    static void requireUnused(Review r, String memberId, String sha) {
        for (PanelMember o : r.members()) {
            if (!o.id().equals(memberId) && sha.equals(o.certificateSha256())) {
                throw new BadInputException("seats.member.certificateInUse", shortSha(sha), o.name(),
                        o.role().labelZh());
            }
        }
    }

    /**
     * The member whose seat {@code cert} fills in {@code role}: the named member ({@code memberRef},
     * id or name) or, without one, the member of that role whose registered certificate it is.
     * Bad input (exit 2) when there is none, naming what is registered.
     */
    static PanelMember requireSeat(Review r, String memberRef, Role role, X509Certificate cert) {
        String sha = Identities.info(cert).sha256();
        String cn = Identities.commonName(cert);
        List<PanelMember> ofRole = r.members().stream().filter(m -> m.role() == role).toList();
        if (memberRef != null) {
            String t = memberRef.strip();
            PanelMember m = r.members().stream().filter(x -> x.id().equals(t) || x.name().equals(t)).findFirst()
                    .orElseThrow(() -> new BadInputException("review.member.missing", t));
            if (m.role() != role) {
                throw new BadInputException("seats.sign.wrongRole", m.name(), m.role().labelZh(), role.labelZh());
            }
            if (m.certificateSha256() == null) {
                // registered without a certificate (a received panel whose host never had it): only a
                // certificate in the member's own name, and verification will call it unregistered
                if (m.name().strip().equals(cn.strip())) {
                    return m;
                }
                throw new BadInputException("seats.sign.noCertificate", m.name(), role.labelZh());
            }
            if (!m.certificateSha256().equals(sha)) {
                throw new BadInputException("seats.sign.notRegistered", cn, shortSha(sha), role.labelZh(),
                        m.name() + "（" + shortSha(m.certificateSha256()) + "）");
            }
            return m;
        }
        if (ofRole.isEmpty()) {
            throw new BadInputException("seats.sign.noSeat", role.labelZh(), cn);
        }
        for (PanelMember m : ofRole) {
            if (sha.equals(m.certificateSha256())) {
                return m;
            }
        }
        // a member registered without a certificate (e.g. a remote adviser whose certificate the
        // host never had): the seat is not bound to a certificate; the caller says so, and
        // verification with the workspace reports the signature as not registered
        for (PanelMember m : ofRole) {
            if (m.certificateSha256() == null && m.name().strip().equals(cn.strip())) {
                return m;
            }
        }
        String registered = String.join("、", ofRole.stream().map(m -> m.name() + "（"
                + (m.certificateSha256() == null ? "—" : shortSha(m.certificateSha256())) + "）").toList());
        throw new BadInputException("seats.sign.notRegistered", cn, shortSha(sha), role.labelZh(), registered);
    }

    /**
     * Marks each signature registered or not: its certificate is the current registered one of a
     * member in the signature's role, or was that member's registered certificate when it signed
     * (replaced later by a renewal).
     */
    static OpinionVerifier.Report check(OpinionVerifier.Report rep, Review r, List<ReviewDao.CertificateRow> history) {
        return rep.withRegistration(e -> registered(e, r, history), e -> "seats.verify.notRegistered:"
                + safe(e.signer()) + ":" + (e.role() == null ? "?" : e.role().labelZh()) + ":"
                + shortSha(e.certificateSha256()).replace(':', '：'));
    }

    /** Whether the signature's certificate is (or was, when it signed) the registered one of a member in its role. */
    public static boolean registered(OpinionVerifier.Entry e, Review r, List<ReviewDao.CertificateRow> history) {
        if (e.certificateSha256() == null || e.role() == null) {
            return false;
        }
        for (PanelMember m : r.members()) {
            if (m.role() != e.role()) {
                continue;
            }
            if (e.certificateSha256().equals(m.certificateSha256())) {
                return true;
            }
            for (ReviewDao.CertificateRow h : history) {
                if (h.memberId().equals(m.id()) && h.sha256().equals(e.certificateSha256())
                        && h.role().equals(e.role().name()) && h.replacedAt() != null
                        && before(e.signedAt(), h.replacedAt())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean before(String signedAt, String replacedAt) {
        if (signedAt == null) {
            return false;
        }
        try {
            return !OffsetDateTime.parse(signedAt).isAfter(OffsetDateTime.parse(replacedAt));
        } catch (DateTimeParseException e) {
            // expected: unreadable times are not "before"
            return false;
        }
    }

    private static String safe(String s) {
        return s == null ? "?" : s.replace(':', '：');
    }
}
