package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jrw.model.Role;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;

/**
 * Rows of a case's joint review. The recommendation is stored as JSON text written by the logic
 * layer (it is a growing sub-object, as the dossier's circumstances). Every method takes the
 * caller's connection, so a change and its audit entry commit together.
 */
public final class ReviewDao {
    private ReviewDao() {
    }

    /** The review's head row: version, frozen flag, recommendation JSON, last change. */
    public record Head(String caseId, int version, boolean frozen, String recommendationJson, String updatedAt) {
    }

    /** One signature this workspace recorded on the opinion of a version. */
    public record SignatureRow(int version, int seq, String signer, String role, String signedAt, String pdfSha256) {
    }

    public static Optional<Head> head(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, frozen, recommendation, updated_at FROM reviews WHERE case_id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Head(caseId, rs.getInt(1), rs.getInt(2) != 0, rs.getString(3), rs.getString(4)));
            }
        }
    }

    public static void saveHead(Connection c, Head h) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reviews(case_id, version, frozen, recommendation, "
                + "updated_at) VALUES (?,?,?,?,?) ON CONFLICT(case_id) DO UPDATE SET version = excluded.version, "
                + "frozen = excluded.frozen, recommendation = excluded.recommendation, updated_at = excluded.updated_at")) {
            ps.setString(1, h.caseId());
            ps.setInt(2, h.version());
            ps.setInt(3, h.frozen() ? 1 : 0);
            ps.setString(4, h.recommendationJson());
            ps.setString(5, h.updatedAt());
            ps.executeUpdate();
        }
    }

    public static List<PanelMember> members(Connection c, String caseId) throws SQLException {
        List<PanelMember> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT member_id, name, organisation, role, cert_sha256, "
                + "cert_subject FROM review_members WHERE case_id = ? ORDER BY ord")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PanelMember(rs.getString(1), rs.getString(2), rs.getString(3),
                            Role.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    public static void upsertMember(Connection c, String caseId, PanelMember m) throws SQLException {
        int ord;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE((SELECT ord FROM review_members WHERE case_id = ? AND member_id = ?), "
                        + "(SELECT COALESCE(MAX(ord), -1) + 1 FROM review_members WHERE case_id = ?))")) {
            ps.setString(1, caseId);
            ps.setString(2, m.id());
            ps.setString(3, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                ord = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_members(case_id, member_id, ord, name, "
                + "organisation, role, cert_sha256, cert_subject) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(case_id, "
                + "member_id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation, "
                + "role = excluded.role, cert_sha256 = excluded.cert_sha256, cert_subject = excluded.cert_subject")) {
            ps.setString(1, caseId);
            ps.setString(2, m.id());
            ps.setInt(3, ord);
            ps.setString(4, m.name());
            ps.setString(5, m.organisation());
            ps.setString(6, m.role().name());
            ps.setString(7, m.certificateSha256());
            ps.setString(8, m.certificateSubject());
            ps.executeUpdate();
        }
    }

    public static boolean deleteMember(Connection c, String caseId, String memberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM review_members WHERE case_id = ? AND member_id = ?")) {
            ps.setString(1, caseId);
            ps.setString(2, memberId);
            return ps.executeUpdate() > 0;
        }
    }

    public static List<MemberView> views(Connection c, String caseId) throws SQLException {
        List<MemberView> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT v.point, v.member_id, v.kind, v.text, v.at FROM review_views v JOIN review_members m "
                        + "ON m.case_id = v.case_id AND m.member_id = v.member_id WHERE v.case_id = ? ORDER BY m.ord")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MemberView(ReviewPoint.valueOf(rs.getString(1)), rs.getString(2),
                            ViewKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    public static void upsertView(Connection c, String caseId, MemberView v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_views(case_id, point, member_id, kind, "
                + "text, at) VALUES (?,?,?,?,?,?) ON CONFLICT(case_id, point, member_id) DO UPDATE SET "
                + "kind = excluded.kind, text = excluded.text, at = excluded.at")) {
            ps.setString(1, caseId);
            ps.setString(2, v.point().name());
            ps.setString(3, v.memberId());
            ps.setString(4, v.kind().name());
            ps.setString(5, v.text() == null ? "" : v.text());
            ps.setString(6, v.at());
            ps.executeUpdate();
        }
    }

    public static void addSignature(Connection c, String caseId, SignatureRow s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO opinion_signatures(case_id, version, seq, signer, "
                + "role, signed_at, pdf_sha256) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, caseId);
            ps.setInt(2, s.version());
            ps.setInt(3, s.seq());
            ps.setString(4, s.signer());
            ps.setString(5, s.role());
            ps.setString(6, s.signedAt());
            ps.setString(7, s.pdfSha256());
            ps.executeUpdate();
        }
    }

    public static List<SignatureRow> signatures(Connection c, String caseId, int version) throws SQLException {
        List<SignatureRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, seq, signer, role, signed_at, pdf_sha256 FROM "
                + "opinion_signatures WHERE case_id = ? AND version = ? ORDER BY seq")) {
            ps.setString(1, caseId);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SignatureRow(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    /** A certificate a member has had registered (V4.1); {@code replacedAt} null while current. */
    public record CertificateRow(String memberId, String role, String sha256, String subject, String registeredAt,
                                 String replacedAt, String reason) {
    }

    public static List<CertificateRow> certificates(Connection c, String caseId) throws SQLException {
        List<CertificateRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT member_id, role, cert_sha256, cert_subject, "
                + "registered_at, replaced_at, reason FROM review_member_certificates WHERE case_id = ? "
                + "ORDER BY registered_at")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CertificateRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return out;
    }

    /** Records a member's newly registered certificate, closing the member's current one at {@code at}. */
    public static void registerCertificate(Connection c, String caseId, String memberId, String role, String sha256,
                                           String subject, String at, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE review_member_certificates SET replaced_at = ? "
                + "WHERE case_id = ? AND member_id = ? AND replaced_at IS NULL AND cert_sha256 <> ?")) {
            ps.setString(1, at);
            ps.setString(2, caseId);
            ps.setString(3, memberId);
            ps.setString(4, sha256);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_member_certificates(case_id, member_id, "
                + "role, cert_sha256, cert_subject, registered_at, replaced_at, reason) VALUES (?,?,?,?,?,?,NULL,?) "
                + "ON CONFLICT(case_id, member_id, cert_sha256) DO UPDATE SET role = excluded.role, "
                + "replaced_at = NULL")) {
            ps.setString(1, caseId);
            ps.setString(2, memberId);
            ps.setString(3, role);
            ps.setString(4, sha256);
            ps.setString(5, subject);
            ps.setString(6, at);
            ps.setString(7, reason);
            ps.executeUpdate();
        }
    }
}
