package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rows of the exchange tables (V5); every method works in the caller's transaction. */
public final class ExchangeDao {
    private ExchangeDao() {
    }

    /** A review package this workspace exported. {@code itemsJson}: item key → digest as sent. */
    public record Sent(String packageId, String nonce, String caseId, String createdAt, String fileSha256,
                       String senderCertSha256, String itemsJson, String adviserCertSha256) {
    }

    /** The review package a case of this workspace was opened from (adviser side). */
    public record Received(String caseId, String packageId, String nonce, String senderName,
                           String senderCertSha256, String openedAt, String itemsJson) {
    }

    /** A response merged here. */
    public record Response(String responseId, String packageId, String caseId, String signerCertSha256,
                           String fileSha256, String importedAt, String resultJson) {
    }

    /** A signed opinion PDF kept in the vault. */
    public record Opinion(String caseId, String pdfSha256, int version, String origin, String recordedAt) {
    }

    public static void insertSent(Connection c, Sent s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_sent(package_id, nonce, case_id, "
                + "created_at, file_sha256, sender_cert_sha256, items, adviser_cert_sha256) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, s.packageId());
            ps.setString(2, s.nonce());
            ps.setString(3, s.caseId());
            ps.setString(4, s.createdAt());
            ps.setString(5, s.fileSha256());
            ps.setString(6, s.senderCertSha256());
            ps.setString(7, s.itemsJson());
            ps.setString(8, s.adviserCertSha256());
            ps.executeUpdate();
        }
    }

    public static Optional<Sent> sent(Connection c, String packageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT package_id, nonce, case_id, created_at, file_sha256, "
                + "sender_cert_sha256, items, adviser_cert_sha256 FROM exchange_sent WHERE package_id = ?")) {
            ps.setString(1, packageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Sent(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                        : Optional.empty();
            }
        }
    }

    public static void pinAdviser(Connection c, String packageId, String certSha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE exchange_sent SET adviser_cert_sha256 = ? WHERE package_id = ? AND adviser_cert_sha256 IS NULL")) {
            ps.setString(1, certSha256);
            ps.setString(2, packageId);
            ps.executeUpdate();
        }
    }

    public static void insertReceived(Connection c, Received r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_received(case_id, package_id, nonce, "
                + "sender_name, sender_cert_sha256, opened_at, items) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, r.caseId());
            ps.setString(2, r.packageId());
            ps.setString(3, r.nonce());
            ps.setString(4, r.senderName());
            ps.setString(5, r.senderCertSha256());
            ps.setString(6, r.openedAt());
            ps.setString(7, r.itemsJson());
            ps.executeUpdate();
        }
    }

    public static Optional<Received> received(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, package_id, nonce, sender_name, "
                + "sender_cert_sha256, opened_at, items FROM exchange_received WHERE case_id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Received(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))) : Optional.empty();
            }
        }
    }

    public static void insertResponse(Connection c, Response r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO exchange_responses(response_id, "
                + "package_id, case_id, signer_cert_sha256, file_sha256, imported_at, result) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, r.responseId());
            ps.setString(2, r.packageId());
            ps.setString(3, r.caseId());
            ps.setString(4, r.signerCertSha256());
            ps.setString(5, r.fileSha256());
            ps.setString(6, r.importedAt());
            ps.setString(7, r.resultJson());
            ps.executeUpdate();
        }
    }

    public static Optional<Response> response(Connection c, String responseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT response_id, package_id, case_id, signer_cert_sha256, "
                + "file_sha256, imported_at, result FROM exchange_responses WHERE response_id = ?")) {
            ps.setString(1, responseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Response(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))) : Optional.empty();
            }
        }
    }

    public static boolean addOpinion(Connection c, Opinion o) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO exchange_opinions(case_id, pdf_sha256, "
                + "version, origin, recorded_at) VALUES (?,?,?,?,?)")) {
            ps.setString(1, o.caseId());
            ps.setString(2, o.pdfSha256());
            ps.setInt(3, o.version());
            ps.setString(4, o.origin());
            ps.setString(5, o.recordedAt());
            return ps.executeUpdate() == 1;
        }
    }

    /** Signed opinions of a case, newest first. */
    public static List<Opinion> opinions(Connection c, String caseId) throws SQLException {
        List<Opinion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, pdf_sha256, version, origin, recorded_at FROM "
                + "exchange_opinions WHERE case_id = ? ORDER BY recorded_at DESC, rowid DESC")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Opinion(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return out;
    }
}
