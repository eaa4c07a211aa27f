package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rows of the exchange tables (V5, V5.1); every method works in the caller's transaction. */
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

    /** Every response merged for a package, oldest first. */
    public static List<Response> responses(Connection c, String packageId) throws SQLException {
        List<Response> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT response_id, package_id, case_id, signer_cert_sha256, "
                + "file_sha256, imported_at, result FROM exchange_responses WHERE package_id = ? ORDER BY imported_at")) {
            ps.setString(1, packageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Response(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return out;
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

    // ------------------------------------------------------------------ comment PDFs (V5.1)

    /** A comment PDF exported from a case; {@code mapJson}: the page map (logic.exchange.CommentMap). */
    public record PdfExport(String exportId, String caseId, String createdAt, String pdfId, String fileSha256,
                            String mapJson) {
    }

    public static void insertPdfExport(Connection c, PdfExport e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_pdf_exports(export_id, case_id, "
                + "created_at, pdf_id, file_sha256, map) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, e.exportId());
            ps.setString(2, e.caseId());
            ps.setString(3, e.createdAt());
            ps.setString(4, e.pdfId());
            ps.setString(5, e.fileSha256());
            ps.setString(6, e.mapJson());
            ps.executeUpdate();
        }
    }

    private static final String PDF_EXPORT_COLUMNS = "export_id, case_id, created_at, pdf_id, file_sha256, map";

    private static PdfExport pdfExport(ResultSet rs) throws SQLException {
        return new PdfExport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }

    public static Optional<PdfExport> pdfExport(Connection c, String exportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PDF_EXPORT_COLUMNS
                + " FROM exchange_pdf_exports WHERE export_id = ?")) {
            ps.setString(1, exportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(pdfExport(rs)) : Optional.empty();
            }
        }
    }

    /** Exports whose PDF has this {@code /ID} (any case), newest first. */
    public static List<PdfExport> pdfExportsByPdfId(Connection c, String pdfId) throws SQLException {
        List<PdfExport> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PDF_EXPORT_COLUMNS
                + " FROM exchange_pdf_exports WHERE pdf_id = ? ORDER BY created_at DESC")) {
            ps.setString(1, pdfId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(pdfExport(rs));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ registered advisers (V5.1)

    /** An adviser certificate registered by the host; {@code certificatePem} the certificate itself. */
    public record TrustedAdviser(String certSha256, String name, String subject, String notBefore, String notAfter,
                                 String certificatePem, String addedAt, String addedBy) {
    }

    /** Adds or replaces (same fingerprint) a registered adviser; true when it was new. */
    public static boolean putTrusted(Connection c, TrustedAdviser t) throws SQLException {
        boolean existed = trusted(c, t.certSha256()).isPresent();
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO exchange_trusted_advisers(cert_sha256, "
                + "name, subject, not_before, not_after, certificate, added_at, added_by) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, t.certSha256());
            ps.setString(2, t.name());
            ps.setString(3, t.subject());
            ps.setString(4, t.notBefore());
            ps.setString(5, t.notAfter());
            ps.setString(6, t.certificatePem());
            ps.setString(7, t.addedAt());
            ps.setString(8, t.addedBy());
            ps.executeUpdate();
        }
        return !existed;
    }

    public static boolean removeTrusted(Connection c, String certSha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM exchange_trusted_advisers WHERE cert_sha256 = ?")) {
            ps.setString(1, certSha256);
            return ps.executeUpdate() == 1;
        }
    }

    private static final String TRUSTED_COLUMNS =
            "cert_sha256, name, subject, not_before, not_after, certificate, added_at, added_by";

    private static TrustedAdviser trustedRow(ResultSet rs) throws SQLException {
        return new TrustedAdviser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    public static Optional<TrustedAdviser> trusted(Connection c, String certSha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TRUSTED_COLUMNS
                + " FROM exchange_trusted_advisers WHERE cert_sha256 = ?")) {
            ps.setString(1, certSha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(trustedRow(rs)) : Optional.empty();
            }
        }
    }

    /** Every registered adviser, by name. */
    public static List<TrustedAdviser> trustedAdvisers(Connection c) throws SQLException {
        List<TrustedAdviser> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TRUSTED_COLUMNS
                + " FROM exchange_trusted_advisers ORDER BY name, cert_sha256");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(trustedRow(rs));
            }
        }
        return out;
    }
}
